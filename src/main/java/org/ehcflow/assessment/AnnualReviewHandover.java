package org.ehcflow.assessment;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a newly issued plan to the annual-review journey, by the name {@code handover}: the message
 * {@value NeedsAssessment#MESSAGE_PLAN_ISSUED} starts it, with the case reference and the plan's issue date. While no
 * deployed process starts on that message, the hand-over is logged so that the plan's first review is not lost
 * from sight; the case's plan issue date is in the case table either way.
 */
@Component("handover")
public class AnnualReviewHandover {

    private static final Logger LOG = LoggerFactory.getLogger(AnnualReviewHandover.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    AnnualReviewHandover(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    public void toAnnualReview(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Object issuedOn = execution.getVariable("planIssuedOn");
        boolean reviewJourneyDeployed = repository.createProcessDefinitionQuery()
                .messageEventSubscriptionName(NeedsAssessment.MESSAGE_PLAN_ISSUED).latestVersion().count() > 0;
        if (!reviewJourneyDeployed) {
            LOG.warn("Plan for case {} issued on {}: no deployed journey starts on message '{}'; the annual review"
                    + " must be scheduled by hand", reference, issuedOn, NeedsAssessment.MESSAGE_PLAN_ISSUED);
            return;
        }
        runtime.createMessageCorrelation(NeedsAssessment.MESSAGE_PLAN_ISSUED)
                .processInstanceBusinessKey(reference)
                .setVariable("reviewBase", issuedOn)
                .correlateStartMessage();
    }
}
