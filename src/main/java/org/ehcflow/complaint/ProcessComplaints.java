package org.ehcflow.complaint;

import static org.ehcflow.deadline.DeadlineKey.COMPLAINT_ACK;
import static org.ehcflow.deadline.DeadlineKey.COMPLAINT_STAGE1;
import static org.ehcflow.deadline.DeadlineKey.COMPLAINT_STAGE2;
import static org.ehcflow.deadline.DeadlineKey.QUERY_RESPONSE;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DueDateQuery;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.ProcessDeadlines;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.FormValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the complaint journey records and the clocks it keeps, by the name {@code complaints}. The route is the BPMN's. */
@Component("complaints")
@Transactional
public class ProcessComplaints {

    private final ComplaintRepository complaints;
    private final CaseRepository cases;
    private final ProcessDeadlines deadlines;
    private final StatutoryCalendar calendar;
    private final ComplaintProperties properties;

    ProcessComplaints(ComplaintRepository complaints, CaseRepository cases, ProcessDeadlines deadlines,
                      StatutoryCalendar calendar, ComplaintProperties properties) {
        this.complaints = complaints;
        this.cases = cases;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.properties = properties;
    }

    /**
     * The query or complaint was logged, through the API or the Tasklist start form ({@code caseReference},
     * {@code kind}, {@code receivedOn}, {@code complainantName}, {@code complainantEmail}, {@code summary}): its clocks
     * count from the day it was received.
     */
    public void logged(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
                : FormValues.text(execution.getVariable("caseReference"));
        if (reference == null || !cases.exists(reference)) {
            throw new InvalidFieldException("caseReference", "caseReference must name a case");
        }
        Complaint.New complaint = new Complaint.New(execution.getVariable("kind") == null ? null
                : FormValues.named(Complaint.Kind.class, execution.getVariable("kind"), "kind"),
                FormValues.date(execution.getVariable("receivedOn"), "receivedOn"),
                FormValues.text(execution.getVariable("complainantName")), FormValues.text(execution.getVariable("complainantEmail")),
                FormValues.text(execution.getVariable("summary")));
        ComplaintLog.check(complaint);
        execution.setProcessBusinessKey(reference);
        execution.removeVariable("caseReference");
        long id = complaints.insert(reference, complaint, execution.getProcessInstanceId());
        execution.setVariable("complaintId", id);
        LocalDate received = complaint.receivedOn();
        if (complaint.kind() == Complaint.Kind.QUERY) {
            open(execution, QUERY_RESPONSE, received, "responseDueBy");
        } else {
            open(execution, COMPLAINT_ACK, received, "acknowledgementDueBy");
            open(execution, COMPLAINT_STAGE1, received, "responseDueBy");
        }
        execution.setVariable("receivedOnText", LetterDate.of(received));
    }

    /** "Acknowledge the complaint" completed: COMPLAINT_ACK is met today; the acknowledgement goes out next. */
    public void acknowledged(DelegateTask task) {
        deadlines.done(task.getExecution(), COMPLAINT_ACK.name());
        complaints.acknowledged(id(task.getExecution()), Today.inLondon());
    }

    /**
     * The answer to a query (QUERY_RESPONSE, which closes it) or the stage 1 response to a complaint
     * (COMPLAINT_STAGE1; the complainant may then escalate), in {@code response}.
     */
    public void answered(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String response = FormValues.required(task.getVariable("response"), "response", "what the complainant is told");
        boolean query = Complaint.Kind.QUERY.name().equals(execution.getVariable("kind"));
        deadlines.done(execution, (query ? QUERY_RESPONSE : COMPLAINT_STAGE1).name());
        complaints.answered(id(execution), response, Today.inLondon(), query ? Complaint.Status.CLOSED : Complaint.Status.ANSWERED);
        execution.setVariable("respondedOnText", LetterDate.of(Today.inLondon()));
    }

    /** The day after which the complainant can no longer escalate: the complaint then closes. */
    public Date escalationClosesAt(DelegateExecution execution) {
        LocalDate last = calendar.workingDays().workingDaysAfter(Today.inLondon(), properties.escalationWorkingDays());
        return Date.from(calendar.breachMoment(last).toInstant());
    }

    /** The complainant escalated on {@code escalatedOn}: a manager answers within COMPLAINT_STAGE2. */
    public void escalated(DelegateExecution execution) {
        LocalDate escalated = FormValues.date(execution.getVariable("escalatedOn"), "escalatedOn");
        complaints.escalated(id(execution), escalated);
        open(execution, COMPLAINT_STAGE2, escalated, "stage2DueBy");
    }

    /** The manager's stage 2 response, in {@code stage2Response}: COMPLAINT_STAGE2 is met and the complaint closes. */
    public void answeredAtStage2(DelegateTask task) {
        String response = FormValues.required(task.getVariable("stage2Response"), "stage2Response", "what the complainant is told");
        deadlines.done(task.getExecution(), COMPLAINT_STAGE2.name());
        complaints.answeredAtStage2(id(task.getExecution()), response, Today.inLondon());
    }

    /** The time to escalate ran out: the complaint closes at stage 1. */
    public void closedAtStage1(DelegateExecution execution) {
        complaints.closed(id(execution));
    }

    private void open(DelegateExecution execution, DeadlineKey key, LocalDate from, String dueByVariable) {
        deadlines.open(execution, key, from, calendar.due(key, DueDateQuery.from(from)));
        execution.setVariable(dueByVariable, LetterDate.of(deadlines.dueOn(execution, key)));
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable("complaintId")).longValue();
    }
}
