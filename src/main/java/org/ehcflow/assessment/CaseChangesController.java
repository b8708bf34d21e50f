package org.ehcflow.assessment;

import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Officers record a withdrawal or a reg 10(4) exception at any point of a needs assessment. */
@Tag(name = ApiTags.CASES)
@RestController
class CaseChangesController {

    private final CaseChanges changes;
    private final CaseViews views;

    CaseChangesController(CaseChanges changes, CaseViews views) {
        this.changes = changes;
        this.views = views;
    }

    @Operation(summary = "Withdraw a request", description = """
            `{"reason": "…"}`: the parent withdrew the request; every task and timer of the journey ends, open
            deadlines are CANCELLED, the case closes as WITHDRAWN, parent and partners are told. `409` once a plan
            is issued""")
    @ApiAnswers(value = 200, problems = {400, 403, 404, 409})
    @PostMapping("/api/cases/{reference}/withdrawal")
    CaseView withdraw(@PathVariable String reference, @RequestBody(required = false) CaseChanges.Withdrawal withdrawal,
                      org.springframework.security.core.Authentication caller) {
        changes.withdraw(reference, withdrawal, caller);
        return views.of(reference);
    }

    @Operation(summary = "Record an exception to the time limits", description = """
            `{"circumstance": "SCHOOL_CLOSED|EARLY_YEARS_CLOSED|PERSONAL_CIRCUMSTANCES|ABSENT_FROM_AREA", "detail",
            "from", "to"}`: a reg 10(4) exception, recorded on every running deadline it excuses (the due dates do
            not move); the parent is told""")
    @ApiAnswers(value = 200, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/exceptions")
    CaseView recordException(@PathVariable String reference, @RequestBody CaseChanges.ExceptionRecord exception) {
        changes.recordException(reference, exception);
        return views.of(reference);
    }
}
