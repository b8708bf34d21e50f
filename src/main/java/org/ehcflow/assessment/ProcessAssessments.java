package org.ehcflow.assessment;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRegime;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.ProcessDeadlines;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.FormValues;
import org.ehcflow.system.InvalidFieldException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the needs-assessment journey records about the case as it goes, by the name {@code assessments}: the stage,
 * and the SEN2 decisions with their dates. The route itself is the BPMN's.
 */
@Component("assessments")
@Transactional
public class ProcessAssessments {

    static final String DRAFT_COMMENTS_END = "draftCommentsEnd";
    static final String EARLY_REASON = "earlyFinalisationReason";

    private final CaseRepository cases;
    private final ProcessDeadlines deadlines;

    ProcessAssessments(CaseRepository cases, ProcessDeadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    /** "Decide whether to assess" completed: {@code assessDecision} is ASSESS or REFUSE. */
    public void requestDecided(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        boolean assess = "ASSESS".equals(task.getVariable("assessDecision"));
        if (!assess && task.getVariable(DeadlineRegime.VARIABLE) != null) {
            throw new InvalidFieldException("assessDecision", "The Tribunal's order (or the local authority's concession of"
                    + " the appeal) requires the assessment, so it cannot be refused: choose to carry it out.");
        }
        LocalDate decidedOn = Today.inLondon();
        cases.recordRequestDecision(reference, assess ? "ASSESS" : "NOT_ASSESS", decidedOn);
        task.setVariable("requestDecidedOn", decidedOn.toString());
        if (assess) {
            cases.moveTo(reference, CaseStage.ASSESSING);
        }
    }

    /** "Decide whether to issue a plan" completed: {@code planDecision} is ISSUE or NOT_ISSUE. */
    public void assessmentDecided(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        boolean issue = "ISSUE".equals(task.getVariable("planDecision"));
        cases.recordAssessmentOutcome(reference, issue ? "ISSUE" : "NOT_ISSUE", Today.inLondon());
        if (issue) {
            cases.moveTo(reference, CaseStage.DRAFTING_PLAN);
        }
    }

    /** The draft plan is sent: the parent's 15 days run to {@code draftCommentsEnd} (the finalise form reads it). */
    public void draftSent(DelegateExecution execution) {
        cases.moveTo(execution.getProcessBusinessKey(), CaseStage.FINALISING_PLAN);
        execution.setVariable(DRAFT_COMMENTS_END, deadlines.dueOn(execution, DeadlineKey.DRAFT_COMMENTS).toString());
    }

    /**
     * "Finalise and issue the plan" completed: the plan is issued today, naming {@code namedSchoolName}. Before the
     * parent's 15 days to comment have run out (reg 13(1)), only with {@code earlyFinalisationReason} recorded.
     */
    public void planIssued(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        LocalDate issuedOn = Today.inLondon();
        Object commentsEnd = task.getVariable(DRAFT_COMMENTS_END);
        if (commentsEnd != null && !LocalDate.parse(commentsEnd.toString()).isBefore(issuedOn)
                && FormValues.text(task.getVariable(EARLY_REASON)) == null) {
            throw new InvalidFieldException(EARLY_REASON, "The parent's 15 days to comment on the draft run to "
                    + LetterDate.of(LocalDate.parse(commentsEnd.toString())) + ": to finalise the plan before then,"
                    + " record why (the parent has replied and agreed, say).");
        }
        cases.recordPlanIssued(reference, issuedOn, (String) task.getVariable("namedSchoolName"));
        cases.moveTo(reference, CaseStage.PLAN_MAINTAINED);
        task.setVariable("planIssuedOn", issuedOn.toString());
    }

    /**
     * The journey ends without a plan: the case closes at {@code stage} and the journey's clocks still open are
     * cancelled. The family's time to appeal a refusal runs on in the appeal journey.
     */
    public void close(DelegateExecution execution, String stage) {
        cases.moveTo(execution.getProcessBusinessKey(), CaseStage.valueOf(stage));
        deadlines.cancelOpenOfJourney(execution);
    }

    /** The request was withdrawn: SEN2 records it as the request's outcome if no decision had been made. */
    public void withdrawn(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        cases.recordWithdrawalIfUndecided(reference, Today.inLondon());
        close(execution, CaseStage.WITHDRAWN.name());
    }
}
