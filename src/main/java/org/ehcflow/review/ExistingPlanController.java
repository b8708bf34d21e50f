package org.ehcflow.review;

import java.time.LocalDate;

import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.ehcflow.casefile.NextTransfer;
import org.ehcflow.deadline.PhaseTransfer;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/cases/{reference}/plan}: an existing plan of a case, brought under the review timers. Answers the case. */
@Tag(name = ApiTags.CASES)
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

    @Operation(summary = "Bring a plan issued before EHC Flow under the review timers", description = """
            `{"planIssued": "YYYY-MM-DD", "lastReviewMeeting": "YYYY-MM-DD" (optional), "nextTransfer": {"date",
            "phase": "OTHER|SECONDARY_TO_POST16|POST16_TO_POST16"} (optional)}`: a plan the council issued before
            EHC Flow comes under the review timers; answers the case, whose `REVIEW_MEETING` counts from the last
            review or the issue date. `409` if the case already has a running needs assessment or annual review""")
    @ApiAnswers(value = 200, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/plan")
    CaseView bringIn(@PathVariable String reference, @RequestBody ExistingPlanRequest request) {
        plans.bringIn(reference, request.plan());
        return views.of(reference);
    }
}
