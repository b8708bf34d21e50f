package org.ehcflow.appeal;

import static org.ehcflow.deadline.DeadlineKey.APPEAL_LODGE;
import static org.ehcflow.deadline.DeadlineKey.MEDIATION_CONTACT;
import static org.ehcflow.deadline.DeadlineKey.TRIBUNAL_BUNDLE;
import static org.ehcflow.deadline.DeadlineKey.TRIBUNAL_RESPONSE;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DueDateQuery;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.ProcessDeadlines;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.deadline.Today;
import org.ehcflow.deadline.VariableDates;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.FormValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appeal journey records and the clocks it keeps, by the name {@code appeals}: the family's time to
 * appeal after a decision, the LA's response, the evidence bundle before the hearing, the Tribunal's decision, a
 * withdrawal. Mediation is {@link ProcessMediation}'s, the work an order requires {@link TribunalCompliance}'s. The
 * route is the BPMN's.
 */
@Component("appeals")
@Transactional
public class ProcessAppeals {

    private final AppealRepository appeals;
    private final ProcessDeadlines deadlines;
    private final StatutoryCalendar calendar;
    private final TribunalCompliance compliance;
    private final CeasingReviews ceasingReviews;
    private final TribunalAppeals tribunalAppeals;

    ProcessAppeals(AppealRepository appeals, ProcessDeadlines deadlines, StatutoryCalendar calendar,
                   TribunalCompliance compliance, CeasingReviews ceasingReviews, TribunalAppeals tribunalAppeals) {
        this.appeals = appeals;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.compliance = compliance;
        this.ceasingReviews = ceasingReviews;
        this.tribunalAppeals = tribunalAppeals;
    }

    /**
     * From another journey, as a notice of an appealable decision goes out (an end listener of the step that sends
     * it): starts the appeal journey's watch on the family's time to appeal.
     */
    public void watch(DelegateExecution execution, String decision) {
        AppealableDecision.valueOf(decision);
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(TribunalAppeals.MESSAGE_DECISION)
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .setVariable("appealableDecision", decision).correlateStartMessage();
    }

    /** The notice went out today: the family has MEDIATION_CONTACT to contact the mediation adviser and APPEAL_LODGE to appeal. */
    public void decisionNotified(DelegateExecution execution) {
        LocalDate today = Today.inLondon();
        for (DeadlineKey key : new DeadlineKey[] {MEDIATION_CONTACT, APPEAL_LODGE}) {
            deadlines.open(execution, key, today, calendar.due(key, DueDateQuery.from(today)));
        }
        execution.setVariable("decisionNotified", today.toString());
        execution.setVariable("appealedDecision", AppealableDecision.valueOf((String) execution.getVariable("appealableDecision")).description());
    }

    /**
     * The time to appeal ran out with no appeal registered: the family's periods are over, and a review that decided
     * to cease the plan may now cease it.
     */
    public void timeToAppealOver(DelegateExecution execution) {
        closeFamilysPeriods(execution);
        if (decision(execution) == AppealableDecision.CEASE) {
            ceasingReviews.notAppealed(execution);
        }
    }

    /**
     * The appeal journey started at its start event, for an appeal no watch waits for: registered through the API
     * (with {@code appealId}), or entered by an officer through the Tasklist start form ({@code caseReference},
     * {@code decision}, {@code tribunalReference}, {@code sentToLocalAuthority}, {@code hearingDate} if known), which
     * hands the appeal to a watch on that decision if one waits for it ({@code joinedWatch}).
     */
    public void started(DelegateExecution execution) {
        if (execution.getVariable("appealId") == null) {
            TribunalAppeals.Entered entered = enteredInTasklist(execution);
            execution.setVariable("joinedWatch", entered.joinedWatch());
            if (entered.joinedWatch()) {
                return;
            }
            execution.setVariables(tribunalAppeals.registrationVariables(entered.appealId()));
        } else {
            execution.setVariable("joinedWatch", false);
        }
        registered(execution);
    }

    private TribunalAppeals.Entered enteredInTasklist(DelegateExecution execution) {
        String reference = FormValues.text(execution.getVariable("caseReference"));
        if (reference == null) {
            throw new InvalidFieldException("caseReference", "caseReference is required: the case the appeal is about");
        }
        NewAppeal appeal = new NewAppeal(FormValues.named(AppealableDecision.class, execution.getVariable("decision"), "decision"),
                FormValues.text(execution.getVariable("tribunalReference")), FormValues.date(execution.getVariable("sentToLocalAuthority"), "sentToLocalAuthority"),
                FormValues.date(execution.getVariable("hearingDate"), "hearingDate"));
        execution.setProcessBusinessKey(reference);
        execution.removeVariables(List.of("caseReference", "decision", "sentToLocalAuthority"));
        return tribunalAppeals.registerEntered(reference, appeal, execution.getProcessInstanceId());
    }

    /**
     * The Tribunal sent the appeal to the LA: TRIBUNAL_RESPONSE counts 30 Tribunal working days from that day. After
     * a watched decision, the family's periods end with it.
     */
    public void registered(DelegateExecution execution) {
        Appeal appeal = appeal(execution);
        if (execution.getVariable("appealableDecision") != null) {
            closeFamilysPeriods(execution);
        } else {
            execution.setVariable("appealableDecision", appeal.decision().name());
        }
        if (appeal.decision() == AppealableDecision.CEASE) {
            ceasingReviews.appealLodged(execution);
        }
        LocalDate sent = appeal.sentToLocalAuthority();
        deadlines.open(execution, TRIBUNAL_RESPONSE, sent, calendar.due(TRIBUNAL_RESPONSE, DueDateQuery.from(sent)));
        execution.setVariable("tribunalReference", appeal.tribunalReference());
        execution.setVariable("appealedDecision", appeal.decision().description());
        execution.setVariable("responseDueBy", LetterDate.of(deadlines.dueOn(execution, TRIBUNAL_RESPONSE)));
    }

    /** The hearing date is known, or moved: TRIBUNAL_BUNDLE counts 10 Tribunal working days back from it. */
    public void openBundleClock(DelegateExecution execution) {
        LocalDate hearing = VariableDates.of(execution.getVariable("hearingDate"), "hearingDate");
        deadlines.cancel(execution, TRIBUNAL_BUNDLE);
        LocalDate due = calendar.due(TRIBUNAL_BUNDLE, DueDateQuery.from(hearing));
        deadlines.open(execution, TRIBUNAL_BUNDLE, Today.inLondon(), due);
        execution.setVariable("hearingOn", LetterDate.of(hearing));
        execution.setVariable("bundleDueBy", LetterDate.of(due));
    }

    /**
     * "Respond to the Tribunal" completed with {@code tribunalResponse}: OPPOSE, or CONCEDE, whose deadlines run from
     * today, the day the LA tells the Tribunal ({@code schoolOnly}: a contents appeal only about the school named).
     */
    public void responded(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        TribunalResponse response = FormValues.named(TribunalResponse.class, task.getVariable("tribunalResponse"), "tribunalResponse");
        LocalDate today = Today.inLondon();
        deadlines.done(execution, TRIBUNAL_RESPONSE.name());
        appeals.responded(appealId(execution), response, today);
        if (response == TribunalResponse.CONCEDE) {
            deadlines.cancel(execution, TRIBUNAL_BUNDLE);
            boolean schoolOnly = Boolean.TRUE.equals(task.getVariable("schoolOnly"));
            compliance.require(execution, TribunalRequirement.conceded(decision(execution), schoolOnly), today);
        }
    }

    public void bundleSent(DelegateTask task) {
        deadlines.done(task.getExecution(), TRIBUNAL_BUNDLE.name());
        appeals.bundleSent(appealId(task.getExecution()), Today.inLondon());
    }

    /** "Record the Tribunal's decision" completed with {@code tribunalOutcome} and {@code tribunalDecisionSent}. */
    public void decided(DelegateTask task) {
        TribunalOutcome outcome = FormValues.named(TribunalOutcome.class, task.getVariable("tribunalOutcome"), "tribunalOutcome");
        LocalDate sent = VariableDates.of(task.getVariable("tribunalDecisionSent"), "tribunalDecisionSent");
        if (sent.isAfter(Today.inLondon())) {
            throw new InvalidFieldException("tribunalDecisionSent", "The Tribunal's decision cannot have been sent after today");
        }
        DelegateExecution execution = task.getExecution();
        TribunalRequirement requirement = TribunalRequirement.ordered(outcome, decision(execution));
        appeals.decided(appealId(execution), outcome, sent);
        execution.setVariable("tribunalDecisionOn", LetterDate.of(sent));
        execution.setVariable("healthRecommendations", FormValues.text(task.getVariable("healthRecommendations")));
        execution.setVariable("socialCareRecommendations", FormValues.text(task.getVariable("socialCareRecommendations")));
        compliance.require(execution, requirement, sent);
    }

    /**
     * The appellant withdrew: the appeal's clocks no longer apply, and the decision appealed stands. A plan kept while
     * its ceasing was appealed now ceases.
     */
    public void withdrawn(DelegateExecution execution) {
        deadlines.cancel(execution, TRIBUNAL_RESPONSE);
        deadlines.cancel(execution, TRIBUNAL_BUNDLE);
        appeals.withdrawn(appealId(execution), Today.inLondon());
        if (decision(execution) == AppealableDecision.CEASE) {
            ceasingReviews.decided(execution, false);
        }
    }

    private void closeFamilysPeriods(DelegateExecution execution) {
        deadlines.done(execution, APPEAL_LODGE.name());
        deadlines.done(execution, MEDIATION_CONTACT.name());
    }

    private static AppealableDecision decision(DelegateExecution execution) {
        return AppealableDecision.valueOf((String) execution.getVariable("appealableDecision"));
    }

    private Appeal appeal(DelegateExecution execution) {
        long id = appealId(execution);
        return appeals.find(id).orElseThrow(() -> new IllegalStateException("No appeal " + id));
    }

    private static long appealId(DelegateExecution execution) {
        return ((Number) execution.getVariable("appealId")).longValue();
    }
}
