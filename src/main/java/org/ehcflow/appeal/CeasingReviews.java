package org.ehcflow.appeal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ehcflow.review.AnnualReview;
import org.springframework.stereotype.Component;

/**
 * The review that decided to cease a plan keeps the plan while the family can appeal, and waits on the appeal
 * journey: whether an appeal was lodged, or the time to appeal ran out, and what became of the appeal.
 */
@Component
class CeasingReviews {

    static final String PLAN_TO_CEASE = "PLAN_TO_CEASE";
    static final String PLAN_TO_BE_MAINTAINED = "PLAN_TO_BE_MAINTAINED";

    void appealLodged(DelegateExecution execution) {
        tell(execution, AnnualReview.MESSAGE_CEASE_APPEAL_LODGED, null);
    }

    void notAppealed(DelegateExecution execution) {
        tell(execution, AnnualReview.MESSAGE_CEASE_NOT_APPEALED, null);
    }

    /** Whether a review was waiting to hear that the plan ceases, or is kept. */
    boolean decided(DelegateExecution execution, boolean keep) {
        return tell(execution, AnnualReview.MESSAGE_CEASE_APPEAL_DECIDED, keep ? PLAN_TO_BE_MAINTAINED : PLAN_TO_CEASE);
    }

    private static boolean tell(DelegateExecution execution, String message, String appealOutcome) {
        var correlation = execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(execution.getProcessBusinessKey());
        if (appealOutcome != null) {
            correlation.setVariable("appealOutcome", appealOutcome);
        }
        return !correlation.correlateAllWithResult().isEmpty();
    }
}
