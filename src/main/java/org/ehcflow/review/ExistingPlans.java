package org.ehcflow.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.assessment.NeedsAssessment;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a council's existing plans under the review timers: the case records the plan, and an annual-review journey
 * starts whose first REVIEW_MEETING counts from the last review, or from the plan's issue if it was never reviewed.
 */
@Service
public class ExistingPlans {

    static final ExistingPlan.FieldNames JSON_FIELDS =
            new ExistingPlan.FieldNames("dateOfBirth", "planIssued", "lastReviewMeeting", "nextTransfer.date", "nextTransfer.phase");

    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    ExistingPlans(CaseRepository cases, RuntimeService runtime, EngineAsSystem engine) {
        this.cases = cases;
        this.runtime = runtime;
        this.engine = engine;
    }

    /** {@code POST /api/cases/{reference}/plan}: the plan of a case EHC Flow already holds. */
    @Transactional
    public void bringIn(String reference, ExistingPlan plan) {
        CaseRecord c = cases.find(reference).orElseThrow(() -> new NotFoundException("There is no case " + reference));
        List<ExistingPlan.Problem> problems = plan.problems(c.child().dateOfBirth(), Today.inLondon(), JSON_FIELDS);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems.get(0).field(), problems.get(0).detail());
        }
        if (hasRunningJourney(reference)) {
            throw new ConflictException("Case " + reference + " already has a running needs assessment or annual review;"
                    + " its plan is already, or will be, under the review timers");
        }
        start(reference, plan);
    }

    boolean hasRunningJourney(String reference) {
        return engine.call(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKeyIn(NeedsAssessment.PROCESS, AnnualReview.PROCESS).count()) > 0;
    }

    /** Records the plan on the case and starts its annual review, in the caller's transaction. */
    void start(String reference, ExistingPlan plan) {
        startAll(Map.of(reference, plan));
    }

    /** As above for many cases (a batch of imported plans): the plans recorded in one batch of updates. */
    void startAll(Map<String, ExistingPlan> plansByCase) {
        Map<String, CaseRepository.ExistingPlanFacts> facts = new LinkedHashMap<>();
        plansByCase.forEach((reference, plan) ->
                facts.put(reference, new CaseRepository.ExistingPlanFacts(plan.planIssued(), plan.nextTransfer())));
        cases.recordExistingPlans(facts);
        plansByCase.forEach((reference, plan) -> engine.run(() -> runtime.createMessageCorrelation(AnnualReview.MESSAGE_EXISTING_PLAN)
                .processInstanceBusinessKey(reference)
                .setVariable("reviewBase", plan.reviewBase().toString())
                .correlateStartMessage()));
    }
}
