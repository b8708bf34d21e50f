package org.ehcflow.appeal;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRegime;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.ProcessDeadlines;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.InvalidFieldException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work a Tribunal order or a conceded appeal requires, by the name {@code compliance}: the appeal journey's
 * "Do what the Tribunal requires" routes on {@code requiredWork}; an assessment or a plan is made in
 * ehc-needs-assessment under the order's or the concession's clocks ({@code deadlineRegime}, {@code regimeFrom}).
 */
@Component("compliance")
@Transactional
public class TribunalCompliance {

    private final ProcessDeadlines deadlines;
    private final CaseRepository cases;
    private final CeasingReviews ceasingReviews;

    TribunalCompliance(ProcessDeadlines deadlines, CaseRepository cases, CeasingReviews ceasingReviews) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.ceasingReviews = ceasingReviews;
    }

    /** The order was sent, or the concession told to the Tribunal, on {@code from}: its clocks count from that day. */
    void require(DelegateExecution execution, TribunalRequirement requirement, LocalDate from) {
        execution.setVariable("requiredWork", requirement.work().name());
        execution.setVariable(DeadlineRegime.VARIABLE, requirement.regime() == null ? null : requirement.regime().name());
        execution.setVariable(DeadlineRegime.FROM_VARIABLE, from.toString());
        execution.setVariable("requestReceived", from.toString());
        execution.setVariable("requiredBecause", capitalised(requirement.because()));
        if (requirement.clock() != null) {
            String clock = requirement.clock().name();
            deadlines.open(execution, clock, from);
            DeadlineKey kept = DeadlineKey.valueOf(deadlines.keyFor(execution, clock));
            execution.setVariable("requiredBy", LetterDate.of(deadlines.dueOn(execution, kept)));
            execution.setVariable("requiredRegulation", kept.source().replace("SEND Regulations 2014 ", ""));
        }
    }

    /**
     * "Issue the plan as the Tribunal requires" completed: the amended plan, naming {@code namedSchoolName}, is issued
     * today, meeting {@code key} (ORDER_AMEND or ORDER_SCHOOL, or their concession counterparts).
     */
    public void planAmended(DelegateTask task, String key) {
        Object school = task.getVariable("namedSchoolName");
        if (school == null || school.toString().isBlank()) {
            throw new InvalidFieldException("namedSchoolName", "The plan must name a school or institution, or the type of one");
        }
        DelegateExecution execution = task.getExecution();
        deadlines.done(execution, key);
        cases.recordNamedSetting(execution.getProcessBusinessKey(), school.toString().strip());
        execution.setVariable("amendedPlanIssuedOn", LetterDate.of(Today.inLondon()));
    }

    /** "Reconsider the decision as remitted" completed: ORDER_RECONSIDER is met. */
    public void reconsidered(DelegateTask task) {
        deadlines.done(task.getExecution(), DeadlineKey.ORDER_RECONSIDER.name());
    }

    /**
     * An appeal against ceasing was decided or conceded: the review that decided to cease, waiting on the appeal,
     * ceases the plan (ORDER_CEASE) or keeps it (ORDER_MAINTAIN, or a concession). {@code reviewTold} is false when
     * no review in EHC Flow is waiting, and the officer carries the decision out by hand.
     */
    public void tellReview(DelegateExecution execution) {
        boolean keep = RequiredWork.valueOf((String) execution.getVariable("requiredWork")) == RequiredWork.MAINTAIN;
        execution.setVariable("reviewTold", ceasingReviews.decided(execution, keep));
    }

    /** "Carry out the decision on ceasing" completed: the order's clock, if it has one, is met. */
    public void ceaseDecisionCarriedOut(DelegateTask task) {
        RequiredWork work = RequiredWork.valueOf((String) task.getVariable("requiredWork"));
        deadlines.doneForCase(task.getExecution(), (work == RequiredWork.CEASE ? DeadlineKey.ORDER_CEASE : DeadlineKey.ORDER_MAINTAIN).name());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
