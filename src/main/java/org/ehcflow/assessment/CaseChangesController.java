package org.ehcflow.assessment;

import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Officers record a withdrawal or a reg 10(4) exception at any point of a needs assessment. */
@RestController
class CaseChangesController {

    private final CaseChanges changes;
    private final CaseViews views;

    CaseChangesController(CaseChanges changes, CaseViews views) {
        this.changes = changes;
        this.views = views;
    }

    @PostMapping("/api/cases/{reference}/withdrawal")
    CaseView withdraw(@PathVariable String reference, @RequestBody(required = false) CaseChanges.Withdrawal withdrawal,
                      org.springframework.security.core.Authentication caller) {
        changes.withdraw(reference, withdrawal, caller);
        return views.of(reference);
    }

    @PostMapping("/api/cases/{reference}/exceptions")
    CaseView recordException(@PathVariable String reference, @RequestBody CaseChanges.ExceptionRecord exception) {
        changes.recordException(reference, exception);
        return views.of(reference);
    }
}
