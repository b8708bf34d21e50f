package org.ehcflow.partner;

import java.util.Arrays;
import java.util.Locale;

import org.ehcflow.identity.Groups;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.ehcflow.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/cases/{reference}/advice/{kind}} (educational, medical, psychological, social-care): a partner's
 * system submits its advice. Only the partner group that works that kind may call it; the answer holds no case data.
 */
@Tag(name = ApiTags.PARTNERS)
@RestController
class AdviceSubmissionsController {

    private final AdviceSubmissions submissions;

    AdviceSubmissionsController(AdviceSubmissions submissions) {
        this.submissions = submissions;
    }

    @Operation(summary = "Submit a partner's advice", description = """
            `kind`: educational, medical, psychological or social-care. `{"receivedOn", "document", "author"}`: a
            partner's system submits its advice (only the partner group of that kind may: schools, health-advisers,
            educational-psychologists, social-care-advisers); `204`, or `409` when no request of that kind is
            waiting""")
    @ApiAnswers(value = 204, problems = {400, 403, 404, 409})
    @PostMapping("/api/cases/{reference}/advice/{kind}")
    ResponseEntity<Void> submit(@PathVariable String reference, @PathVariable String kind,
                                @RequestBody AdviceSubmissions.Submission advice, Authentication caller) {
        AdviceKind adviceKind = partnerKind(kind);
        String group = Groups.AUTHORITY_PREFIX + adviceKind.group();
        if (caller.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(group))) {
            throw new AccessDeniedException("Only " + adviceKind.group() + " may submit " + adviceKind.words() + " advice");
        }
        submissions.submit(reference, adviceKind, advice, caller.getName());
        return ResponseEntity.noContent().build();
    }

    private static AdviceKind partnerKind(String kind) {
        return Arrays.stream(AdviceKind.values())
                .filter(AdviceKind::workedByPartner)
                .filter(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No partner advice of kind '" + kind
                        + "': use educational, medical, psychological or social-care"));
    }
}
