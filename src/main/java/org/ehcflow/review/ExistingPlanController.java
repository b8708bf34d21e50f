package org.ehcflow.review;

import java.time.LocalDate;

import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.ehcflow.casefile.NextTransfer;
import org.ehcflow.deadline.PhaseTransfer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{reference}/plan}: an existing plan of a case, brought under the review timers. Answers the case. */
@RestController
class ExistingPlanController {

    record Transfer(LocalDate date, PhaseTransfer phase) {
    }

    record ExistingPlanRequest(LocalDate planIssued, LocalDate lastReviewMeeting, Transfer nextTransfer) {
        ExistingPlan plan() {
            return new ExistingPlan(planIssued, lastReviewMeeting,
                    nextTransfer == null ? null : new NextTransfer(nextTransfer.date(), nextTransfer.phase()));
        }
    }

    private final ExistingPlans plans;
    private final CaseViews views;

    ExistingPlanController(ExistingPlans plans, CaseViews views) {
        this.plans = plans;
        this.views = views;
    }

    @PostMapping("/api/cases/{reference}/plan")
    CaseView bringIn(@PathVariable String reference, @RequestBody ExistingPlanRequest request) {
        plans.bringIn(reference, request.plan());
        return views.of(reference);
    }
}
