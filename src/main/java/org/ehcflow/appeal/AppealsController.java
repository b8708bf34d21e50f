package org.ehcflow.appeal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appeals to the Tribunal, from its letters: {@code POST /api/cases/{reference}/appeals} registers one (201, the
 * appeal); {@code .../appeals/{id}/hearing-date} sets or moves its hearing; {@code .../appeals/{id}/withdrawal}
 * records that it was withdrawn; {@code POST /api/cases/{reference}/mediation} records that the family wants
 * mediation about a decision (answers the case). Officers, managers and administrators (see ApiSecurity).
 */
@RestController
class AppealsController {

    record HearingDate(LocalDate hearingDate) {
    }

    private final TribunalAppeals appeals;
    private final CaseViews views;

    AppealsController(TribunalAppeals appeals, CaseViews views) {
        this.appeals = appeals;
        this.views = views;
    }

    @PostMapping("/api/cases/{reference}/appeals")
    ResponseEntity<Appeal> register(@PathVariable String reference, @RequestBody NewAppeal appeal) {
        Appeal registered = appeals.register(reference, appeal);
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/appeals/" + registered.id())).body(registered);
    }

    @GetMapping("/api/cases/{reference}/appeals")
    List<Appeal> list(@PathVariable String reference) {
        return appeals.forCase(reference);
    }

    @GetMapping("/api/cases/{reference}/appeals/{id}")
    Appeal get(@PathVariable String reference, @PathVariable long id) {
        return appeals.find(reference, id);
    }

    @PostMapping("/api/cases/{reference}/mediation")
    CaseView requestMediation(@PathVariable String reference, @RequestBody MediationRequest request) {
        appeals.requestMediation(reference, request);
        return views.of(reference);
    }

    @PostMapping("/api/cases/{reference}/appeals/{id}/hearing-date")
    Appeal hearingDate(@PathVariable String reference, @PathVariable long id, @RequestBody HearingDate request) {
        return appeals.hearingDate(reference, id, request.hearingDate());
    }

    @PostMapping("/api/cases/{reference}/appeals/{id}/withdrawal")
    Appeal withdraw(@PathVariable String reference, @PathVariable long id) {
        return appeals.withdraw(reference, id);
    }
}
