package org.ehcflow.appeal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Appeals to the Tribunal, from its letters: {@code POST /api/cases/{reference}/appeals} registers one (201, the
 * appeal); {@code .../appeals/{id}/hearing-date} sets or moves its hearing; {@code .../appeals/{id}/withdrawal}
 * records that it was withdrawn; {@code POST /api/cases/{reference}/mediation} records that the family wants
 * mediation about a decision (answers the case). Officers, managers and administrators (see ApiSecurity).
 */
@Tag(name = ApiTags.APPEALS_AND_COMPLAINTS)
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

    @Operation(summary = "Register an appeal to the SEND Tribunal", description = """
            `{"decision": "REFUSAL_TO_ASSESS|NO_PLAN|PLAN_CONTENTS|REFUSAL_TO_REASSESS|REFUSAL_TO_AMEND|CEASE",
            "tribunalReference", "sentToLocalAuthority": "YYYY-MM-DD", "hearingDate": "YYYY-MM-DD" (optional)}`: an
            appeal from the Tribunal's letter; `201` with `Location` and the appeal; the case's `deadlines` now hold
            `TRIBUNAL_RESPONSE` (and `TRIBUNAL_BUNDLE` when the hearing is known). `409` if the Tribunal reference
            is already registered. `GET` lists a case's appeals, `GET …/appeals/{id}` reads one""")
    @ApiAnswers(value = 201, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/appeals")
    ResponseEntity<Appeal> register(@PathVariable String reference, @RequestBody NewAppeal appeal) {
        Appeal registered = appeals.register(reference, appeal);
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/appeals/" + registered.id())).body(registered);
    }

    @Operation(summary = "A case's appeals", description = """
            The case's appeals to the SEND Tribunal, each with its decision, Tribunal reference, dates and status.""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}/appeals")
    List<Appeal> list(@PathVariable String reference) {
        return appeals.forCase(reference);
    }

    @Operation(summary = "Read an appeal", description = """
            One appeal of the case.""")
    @ApiAnswers(value = 200, problems = {400, 404})
    @GetMapping("/api/cases/{reference}/appeals/{id}")
    Appeal get(@PathVariable String reference, @PathVariable long id) {
        return appeals.find(reference, id);
    }

    @Operation(summary = "Record a request for mediation", description = """
            `{"decision", "issues", "healthInDispute": true|false, "laToldOn": "YYYY-MM-DD"}`: the family wants
            mediation about a decision still within its time to appeal; answers the case, whose `deadlines` now hold
            `MEDIATION_HELD` (and `MEDIATION_HEALTH_NOTICE`). `409` if no such decision is waiting, or it has been
            to mediation already""")
    @ApiAnswers(value = 200, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/mediation")
    CaseView requestMediation(@PathVariable String reference, @RequestBody MediationRequest request) {
        appeals.requestMediation(reference, request);
        return views.of(reference);
    }

    @Operation(summary = "Set or move an appeal's hearing", description = """
            `{"hearingDate": "YYYY-MM-DD"}`: the hearing set or moved; `TRIBUNAL_BUNDLE` moves with it""")
    @ApiAnswers(value = 200, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/appeals/{id}/hearing-date")
    Appeal hearingDate(@PathVariable String reference, @PathVariable long id, @RequestBody HearingDate request) {
        return appeals.hearingDate(reference, id, request.hearingDate());
    }

    @Operation(summary = "Withdraw an appeal", description = """
            The appellant withdrew: the appeal closes, its open clocks are CANCELLED""")
    @ApiAnswers(value = 200, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/appeals/{id}/withdrawal")
    Appeal withdraw(@PathVariable String reference, @PathVariable long id) {
        return appeals.withdraw(reference, id);
    }
}
