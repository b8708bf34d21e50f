package org.ehcflow.appeal;

import static org.ehcflow.deadline.DeadlineKey.APPEAL_LODGE;
import static org.ehcflow.deadline.DeadlineKey.MEDIATION_ACTIONS;
import static org.ehcflow.deadline.DeadlineKey.MEDIATION_CONTACT;
import static org.ehcflow.deadline.DeadlineKey.MEDIATION_HEALTH_NOTICE;
import static org.ehcflow.deadline.DeadlineKey.MEDIATION_HELD;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ehcflow.system.PlausibleDates;
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
 * Mediation in the appeal journey, by the name {@code mediation} (SEND Regulations 2014 reg 33-42): its clocks,
 * how it ended, and what an agreement requires.
 */
@Component("mediation")
@Transactional
public class ProcessMediation {

    private final ProcessDeadlines deadlines;
    private final StatutoryCalendar calendar;
    private final TribunalCompliance compliance;

    ProcessMediation(ProcessDeadlines deadlines, StatutoryCalendar calendar, TribunalCompliance compliance) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.compliance = compliance;
    }

    /**
     * The LA was told on {@code mediationRequestedOn} that the family wants mediation: it must take place within
     * MEDIATION_HELD, and the ICB must be told the issues within MEDIATION_HEALTH_NOTICE when health provision is in
     * dispute. The family has contacted the adviser, so MEDIATION_CONTACT is over.
     */
    public void requested(DelegateExecution execution) {
        LocalDate told = VariableDates.of(execution.getVariable("mediationRequestedOn"), "mediationRequestedOn");
        deadlines.open(execution, MEDIATION_HELD, told, calendar.due(MEDIATION_HELD, DueDateQuery.from(told)));
        if (Boolean.TRUE.equals(execution.getVariable("healthInDispute"))) {
            deadlines.open(execution, MEDIATION_HEALTH_NOTICE, told, calendar.due(MEDIATION_HEALTH_NOTICE, DueDateQuery.from(told)));
        }
        deadlines.done(execution, MEDIATION_CONTACT.name());
        execution.setVariable("mediationDueBy", LetterDate.of(deadlines.dueOn(execution, MEDIATION_HELD)));
    }

    /**
     * "Record the outcome of mediation" completed with {@code mediationOutcome}: AGREEMENT (its {@code agreedActions}
     * are due within MEDIATION_ACTIONS), CERTIFICATE after mediation without agreement, or NOT_ARRANGED when it could
     * not take place in time. A certificate ({@code certificateIssued}) gives the family a month from it to appeal
     * when that is later than APPEAL_LODGE.
     */
    public void outcome(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        MediationOutcome outcome = FormValues.named(MediationOutcome.class, task.getVariable("mediationOutcome"), "mediationOutcome");
        LocalDate today = Today.inLondon();
        if (outcome == MediationOutcome.AGREEMENT) {
            agreed(task, today);
            return;
        }
        LocalDate certificate = PlausibleDates.clockStart("certificateIssued",
                VariableDates.of(task.getVariable("certificateIssued"), "certificateIssued"));
        if (certificate.isAfter(today)) {
            throw new InvalidFieldException("certificateIssued", "The certificate cannot have been issued after today");
        }
        if (outcome == MediationOutcome.CERTIFICATE) {
            deadlines.done(execution, MEDIATION_HELD.name());
        } else {
            deadlines.cancel(execution, MEDIATION_HELD);
        }
        LocalDate notice = VariableDates.of(execution.getVariable("decisionNotified"), "decisionNotified");
        LocalDate appealBy = calendar.due(APPEAL_LODGE, new DueDateQuery(notice, certificate, null, false));
        if (!appealBy.equals(deadlines.dueOn(execution, APPEAL_LODGE))) {
            deadlines.cancel(execution, APPEAL_LODGE);
            deadlines.open(execution, APPEAL_LODGE, notice, appealBy);
        }
    }

    /**
     * An agreement at mediation: its {@code agreedActions} are due within MEDIATION_ACTIONS, 2 weeks, or the limit an
     * order would give when the Tribunal could have ordered them ({@code orderableAction}, reg 42); an agreed
     * assessment or plan runs in ehc-needs-assessment on the clocks of an order, counted from today.
     */
    private void agreed(DelegateTask task, LocalDate today) {
        DelegateExecution execution = task.getExecution();
        Object actions = task.getVariable("agreedActions");
        if (actions == null || actions.toString().isBlank()) {
            throw new InvalidFieldException("agreedActions", "The actions agreed at mediation are required");
        }
        Object orderable = task.getVariable("orderableAction");
        AgreedAction action = orderable == null || orderable.toString().isBlank() ? AgreedAction.NONE
                : FormValues.named(AgreedAction.class, orderable, "orderableAction");
        execution.setVariable("orderableAction", action.name());
        deadlines.done(execution, MEDIATION_HELD.name());
        if (action.limit() == null) {
            compliance.require(execution, TribunalRequirement.agreedAtMediation(action), today);
            return;
        }
        deadlines.open(execution, MEDIATION_ACTIONS, today, calendar.due(action.limit(), DueDateQuery.from(today)));
        execution.setVariable("actionsDueBy", LetterDate.of(deadlines.dueOn(execution, MEDIATION_ACTIONS)));
    }
}
