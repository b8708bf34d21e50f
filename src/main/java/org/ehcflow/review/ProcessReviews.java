package org.ehcflow.review;

import static org.ehcflow.deadline.DeadlineKey.AMENDED_PLAN;
import static org.ehcflow.deadline.DeadlineKey.AMENDMENT_COMMENTS;
import static org.ehcflow.deadline.DeadlineKey.PHASE_TRANSFER;
import static org.ehcflow.deadline.DeadlineKey.REVIEW_ADVICE_CIRCULATED;
import static org.ehcflow.deadline.DeadlineKey.REVIEW_DECISION;
import static org.ehcflow.deadline.DeadlineKey.REVIEW_INVITATIONS;
import static org.ehcflow.deadline.DeadlineKey.REVIEW_MEETING;
import static org.ehcflow.deadline.DeadlineKey.REVIEW_REPORT;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.NextTransfer;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DueDateQuery;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.PhaseTransfer;
import org.ehcflow.deadline.ProcessDeadlines;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.deadline.Today;
import org.ehcflow.deadline.VariableDates;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.PlausibleDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the annual-review and plan-review journeys compute and record, by the name {@code reviews}: when each
 * review is due, the meeting and its clocks, the SEN2 review outcome, the amended plan and a ceased plan. The
 * route is the BPMN's.
 */
@Component("reviews")
@Transactional
public class ProcessReviews {

    /** Invitations give at least two weeks' notice of the meeting (reg 20(3) / 21(3)). */
    static final int NOTICE_DAYS = 14;

    private final CaseRepository cases;
    private final PlanReviewRepository reviews;
    private final ReviewSchedule schedule;
    private final ProcessDeadlines deadlines;
    private final StatutoryCalendar calendar;

    ProcessReviews(CaseRepository cases, PlanReviewRepository reviews, ReviewSchedule schedule,
                   ProcessDeadlines deadlines, StatutoryCalendar calendar) {
        this.cases = cases;
        this.reviews = reviews;
        this.schedule = schedule;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    // annual-review: one review after another

    /**
     * Works out the next review from {@code reviewBase} (the plan's issue or the last meeting): opens the REVIEW_MEETING
     * clock, and the PHASE_TRANSFER clock when the review is the one before a transfer ({@code phaseTransfer}). The
     * plan then waits for the time to arrange the meeting.
     */
    public void scheduleNext(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        CaseRecord c = cases.find(reference).orElseThrow(() -> new IllegalStateException("No case " + reference));
        NextTransfer transfer = cases.plan(reference).nextTransfer();
        LocalDate base = date(execution, "reviewBase");
        ReviewSchedule.NextReview next = schedule.after(base, c.child().dateOfBirth(), transfer);
        execution.setVariable("phaseTransfer", next.isPhaseTransferReview());
        deadlines.open(execution, REVIEW_MEETING, base, next.meetingDue());
        if (next.isPhaseTransferReview()) {
            deadlines.open(execution, PHASE_TRANSFER, transfer.date(), next.phaseTransferDue());
        }
    }

    /**
     * Whether the time to arrange the scheduled review (10 weeks before it is due) has already come: then the review
     * starts at once rather than through a timer due as soon as it is made (a council's import of overdue plans would
     * otherwise queue thousands of them).
     */
    public boolean timeToArrangeHasCome(DelegateExecution execution) {
        return !deadlines.warningAt(execution, REVIEW_MEETING.name()).after(ClockUtil.getCurrentTime());
    }

    /** After the review before a transfer: a PHASE_TRANSFER clock not met by an amended plan no longer applies. */
    public void phaseTransferReviewed(DelegateExecution execution) {
        deadlines.cancel(execution, PHASE_TRANSFER);
    }

    // plan-review: one review

    /**
     * The time to arrange the meeting has come: the dates the forms show, from the REVIEW_MEETING and PHASE_TRANSFER
     * clocks of annual-review.
     */
    public void startReview(DelegateExecution execution) {
        boolean phaseTransfer = Boolean.TRUE.equals(execution.getVariable("phaseTransfer"));
        execution.setVariable("reviewDueBy", LetterDate.of(deadlines.dueOn(execution, REVIEW_MEETING)));
        execution.setVariable("phaseTransferDueBy", phaseTransfer ? LetterDate.of(deadlines.dueOn(execution, PHASE_TRANSFER)) : "");
        execution.setVariable("planCeased", false);
    }

    /**
     * "Arrange the review meeting" completed with {@code meetingDate} and {@code heldBy}. The date must leave two
     * weeks for the invitations; a date after the review is due is allowed, and the review is then late.
     */
    public void meetingArranged(DelegateTask task) {
        LocalDate meeting = meetingDateWithNotice(task.getVariable("meetingDate"));
        String heldBy = "HEAD_TEACHER".equals(task.getVariable("heldBy")) ? "HEAD_TEACHER" : "LOCAL_AUTHORITY";
        DelegateExecution execution = task.getExecution();
        reviews.arranged(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), meeting, heldBy,
                Boolean.TRUE.equals(execution.getVariable("phaseTransfer")));
        execution.setVariable("meetingDate", meeting.toString());
        execution.setVariable("meetingOn", LetterDate.of(meeting));
        execution.setVariable("heldBy", heldBy);
        if (task.getVariable("meetingVenue") == null) {
            execution.setVariable("meetingVenue", "");
        }
    }

    /** The earliest meeting date that still gives the invitees two weeks' notice, as of today. */
    public static LocalDate earliestMeetingDate() {
        return Today.inLondon().plusDays(NOTICE_DAYS);
    }

    /** A meeting date as the officer gave it, refused when it would not leave two weeks' notice. */
    public static LocalDate meetingDateWithNotice(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidFieldException("meetingDate", "meetingDate is required");
        }
        LocalDate meeting = PlausibleDates.clockStart("meetingDate", VariableDates.of(value, "meetingDate"));
        LocalDate earliest = earliestMeetingDate();
        if (meeting.isBefore(earliest)) {
            throw new InvalidFieldException("meetingDate", "meetingDate " + meeting + " gives the invitees less than two"
                    + " weeks' notice (SEND Regulations 2014 reg 20(3)); the earliest date is " + earliest);
        }
        return meeting;
    }

    /** Preparing the meeting (again, when it moved): the invitation and advice clocks count back from its date. */
    public void openMeetingClocks(DelegateExecution execution) {
        LocalDate meeting = date(execution, "meetingDate");
        for (DeadlineKey key : new DeadlineKey[] {REVIEW_INVITATIONS, REVIEW_ADVICE_CIRCULATED}) {
            deadlines.cancel(execution, key);
            deadlines.open(execution, key, meeting, calendar.due(key, DueDateQuery.from(meeting)));
        }
        execution.setVariable("adviceDueBy", LetterDate.of(calendar.due(REVIEW_ADVICE_CIRCULATED, DueDateQuery.from(meeting))));
    }

    /** The meeting moved to {@code meetingDate} (set by the message): the review's record follows it. */
    public void meetingMoved(DelegateExecution execution) {
        LocalDate meeting = date(execution, "meetingDate");
        reviews.moved(execution.getProcessInstanceId(), meeting);
        execution.setVariable("meetingOn", LetterDate.of(meeting));
    }

    /** The start of the meeting day, Europe/London. */
    public Date meetingDayAt(DelegateExecution execution) {
        return Date.from(date(execution, "meetingDate").atStartOfDay(StatutoryCalendar.LONDON).toInstant());
    }

    /** The meeting day came: the review meeting is held, and the report and decision clocks start from it. */
    public void meetingHeld(DelegateExecution execution) {
        LocalDate meeting = date(execution, "meetingDate");
        deadlines.doneOn(execution, REVIEW_MEETING, meeting);
        for (DeadlineKey key : new DeadlineKey[] {REVIEW_REPORT, REVIEW_DECISION}) {
            deadlines.open(execution, key, meeting, calendar.due(key, DueDateQuery.from(meeting)));
        }
        execution.setVariable("decisionDueBy", LetterDate.of(calendar.due(REVIEW_DECISION, DueDateQuery.from(meeting))));
    }

    /**
     * "Decide: maintain, amend or cease" completed. Before a phase transfer the plan must be amended to name the next
     * school (or ceased). A next transfer given on the form is recorded on the case for the reviews to come.
     */
    public void decided(DelegateTask task) {
        String decision = (String) task.getVariable("reviewDecision");
        if (!"MAINTAIN".equals(decision) && !"AMEND".equals(decision) && !"CEASE".equals(decision)) {
            throw new InvalidFieldException("reviewDecision", "reviewDecision must be MAINTAIN, AMEND or CEASE, not " + decision);
        }
        if ("MAINTAIN".equals(decision) && Boolean.TRUE.equals(task.getVariable("phaseTransfer"))) {
            throw new InvalidFieldException("reviewDecision", "This is the review before the child's phase transfer:"
                    + " the plan must be amended to name the next school or institution (SEND Regulations 2014 reg 18),"
                    + " or ceased");
        }
        if ("CEASE".equals(decision)) {
            CeaseReason.named(task.getVariable("ceaseReason"), "ceaseReason");
        }
        Object amendments = task.getVariable("proposedAmendments");
        if ("AMEND".equals(decision) && (amendments == null || amendments.toString().isBlank())) {
            throw new InvalidFieldException("proposedAmendments", "The proposed amendments must go with a decision to"
                    + " amend (R (L, M and P) v Devon CC [2022] EWHC 493 (Admin))");
        }
        Object transferDate = task.getVariable("nextTransferDate");
        if (transferDate != null && !transferDate.toString().isBlank()) {
            Object kind = task.getVariable("nextTransferKind");
            PhaseTransfer phase = kind == null ? PhaseTransfer.OTHER : PhaseTransfer.valueOf(kind.toString());
            cases.recordNextTransfer(task.getExecution().getProcessBusinessKey(),
                    new NextTransfer(VariableDates.of(transferDate, "nextTransferDate"), phase));
        }
    }

    /** "Record the views on ceasing" completed: {@code ceaseDecision} CEASE goes on; MAINTAIN keeps the plan. */
    public void ceaseConsulted(DelegateTask task) {
        if (!"CEASE".equals(task.getVariable("ceaseDecision"))) {
            task.getExecution().setVariable("reviewDecision", "MAINTAIN");
        }
    }

    /**
     * The decision notice went out today: REVIEW_DECISION is done and SEN2 records the outcome. An amendment notice
     * starts the parent's 15 days and the 8 weeks to the final amended plan. A cease notice starts the appeal
     * journey's watch on the family's time to appeal, during which the plan is maintained.
     */
    public void decisionNotified(DelegateExecution execution) {
        String decision = (String) execution.getVariable("reviewDecision");
        LocalDate today = Today.inLondon();
        deadlines.done(execution, REVIEW_DECISION.name());
        reviews.decided(execution.getProcessInstanceId(), decision, today);
        if ("AMEND".equals(decision)) {
            deadlines.openToday(execution, AMENDMENT_COMMENTS.name());
            deadlines.openToday(execution, AMENDED_PLAN.name());
            execution.setVariable("amendmentCommentsDueBy", LetterDate.of(calendar.due(AMENDMENT_COMMENTS, DueDateQuery.from(today))));
            execution.setVariable("amendedPlanDueBy", LetterDate.of(calendar.due(AMENDED_PLAN, DueDateQuery.from(today))));
        }
    }

    /**
     * "Finalise the amended plan" completed, naming {@code namedSchoolName}. The plan before a phase transfer must name
     * the next school or institution; once it does, the transfer is provided for and PHASE_TRANSFER is done.
     */
    public void amendedPlanIssued(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String reference = execution.getProcessBusinessKey();
        Object school = task.getVariable("namedSchoolName");
        boolean namesSchool = school != null && !school.toString().isBlank();
        boolean phaseTransfer = Boolean.TRUE.equals(task.getVariable("phaseTransfer"));
        if (phaseTransfer && !namesSchool) {
            throw new InvalidFieldException("namedSchoolName", "The plan before a phase transfer must name the next"
                    + " school or institution (SEND Regulations 2014 reg 18): it cannot be finalised without one");
        }
        LocalDate today = Today.inLondon();
        deadlines.done(execution, AMENDED_PLAN.name());
        reviews.amendedPlanIssued(execution.getProcessInstanceId(), today);
        if (namesSchool) {
            cases.recordNamedSetting(reference, school.toString().strip());
        } else {
            String unchanged = cases.plan(reference).namedSetting();
            execution.setVariable("namedSchoolName", unchanged == null ? "no school or institution" : unchanged);
        }
        if (phaseTransfer) {
            deadlines.done(execution, PHASE_TRANSFER.name());
            cases.recordNextTransfer(reference, null);
        }
        execution.setVariable("amendedPlanIssuedOn", LetterDate.of(today));
    }

    /** The plan ceases today, for the reason given at the decision; every clock of the case still open is cancelled. */
    public void ceasePlan(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        CeaseReason reason = CeaseReason.named(execution.getVariable("ceaseReason"), "ceaseReason");
        cases.recordCeased(reference, Today.inLondon(), reason.sen2Code());
        deadlines.cancelOpen(execution);
        execution.setVariable("planCeased", true);
    }

    private static LocalDate date(DelegateExecution execution, String name) {
        return VariableDates.of(execution.getVariable(name), name);
    }
}
