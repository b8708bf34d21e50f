package org.ehcflow.caseload;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' caseload view at /caseloads, behind the Camunda webapps' own login: a manager signed in to Tasklist
 * or Cockpit opens it with no second login; anyone else is sent to sign in, or refused. The same figures as
 * {@code GET /api/caseloads}; moving cases goes through the same {@link Reassignments}.
 */
@Controller
class CaseloadPageController {

    private static final String CSRF = "ehcflow.caseloads.csrf";
    private static final URI SIGN_IN = URI.create("/camunda/app/tasklist/");

    private final WebappSession session;
    private final Caseloads caseloads;
    private final Reassignments reassignments;
    private final CaseloadPages pages;

    CaseloadPageController(WebappSession session, Caseloads caseloads, Reassignments reassignments, CaseloadPages pages) {
        this.session = session;
        this.caseloads = caseloads;
        this.reassignments = reassignments;
        this.pages = pages;
    }

    @GetMapping("/caseloads")
    ResponseEntity<String> team(HttpServletRequest request, @RequestParam(required = false) Integer moved) {
        return asManager(request, manager -> html(HttpStatus.OK, pages.team(caseloads.team(), caseloads.unassigned(),
                manager.getName(), moved == null ? null : "Moved " + moved + " case" + (moved == 1 ? "" : "s") + ".")));
    }

    @GetMapping("/caseloads/{officer}")
    ResponseEntity<String> officer(HttpServletRequest request, @PathVariable String officer) {
        return asManager(request, manager -> officerPage(request, officer, manager, HttpStatus.OK, null));
    }

    @PostMapping(path = "/caseloads/{officer}/reassign", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> reassign(HttpServletRequest request, @PathVariable String officer, @RequestParam String csrf,
                                    @RequestParam(defaultValue = "to") String mode, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String reason,
                                    @RequestParam(required = false) List<String> cases) {
        return asManager(request, manager -> {
            if (!csrf.equals(request.getSession().getAttribute(CSRF))) {
                return html(HttpStatus.FORBIDDEN, pages.refused(manager.getName(), "The form has expired: open the page again."));
            }
            boolean spread = "spread".equals(mode);
            List<String> selected = cases == null ? List.of() : cases;
            // every case listed still ticked: all of theirs, including any with work going on outside an open stage
            boolean all = selected.containsAll(caseloads.held(officer).stream().map(HeldCase::reference).toList());
            try {
                int moved = reassignments.reassignCaseload(officer, new Reassignment(spread ? null : to, spread, reason,
                        all && !selected.isEmpty() ? null : selected), manager.getName()).size();
                return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/caseloads?moved=" + moved)).build();
            } catch (InvalidFieldException e) {
                return officerPage(request, officer, manager, HttpStatus.BAD_REQUEST, e.getMessage());
            }
        });
    }

    private ResponseEntity<String> officerPage(HttpServletRequest request, String officer, UserAuthentication manager,
                                               HttpStatus status, String error) {
        try {
            Caseloads.OfficerCases held = caseloads.of(officer);
            String token = (String) request.getSession().getAttribute(CSRF);
            if (token == null) {
                token = UUID.randomUUID().toString();
                request.getSession().setAttribute(CSRF, token);
            }
            return html(status, pages.officer(held, caseloads.team(), manager.getName(), token, error));
        } catch (NotFoundException e) {
            return html(HttpStatus.NOT_FOUND, pages.refused(manager.getName(), e.getMessage()));
        }
    }

    private ResponseEntity<String> asManager(HttpServletRequest request, Function<UserAuthentication, ResponseEntity<String>> page) {
        Optional<UserAuthentication> user = session.user(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(SIGN_IN).build();
        }
        if (!WebappSession.isManager(user.get())) {
            return html(HttpStatus.FORBIDDEN, pages.refused(user.get().getName(), "Caseloads are for the SEND team's managers."));
        }
        return page.apply(user.get());
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(body);
    }
}
