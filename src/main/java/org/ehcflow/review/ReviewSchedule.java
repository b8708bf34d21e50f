package org.ehcflow.review;

import static org.ehcflow.deadline.DeadlineKey.PHASE_TRANSFER;
import static org.ehcflow.deadline.DeadlineKey.REVIEW_MEETING;

import java.time.LocalDate;

import org.ehcflow.casefile.NextTransfer;
import org.ehcflow.deadline.DueDateQuery;
import org.ehcflow.deadline.StatutoryCalendar;
import org.springframework.stereotype.Component;

/**
 * When the next review meeting is due (shared/statutory-timescales.md section 3). Normally 12 months after the plan
 * was issued or last reviewed, 3 to 6 months for a child under 5 then. A child within 12 months of a phase transfer
 * has the review brought forward so that the amended plan can be final by the PHASE_TRANSFER date: the meeting no
 * later than 12 weeks before it, the longest that reg 20-22 allow from meeting to final amended plan.
 */
@Component
public class ReviewSchedule {

    /** From the review meeting to the final amended plan: 4 weeks to the decision, then 8 weeks (reg 22(3)). */
    static final int MEETING_TO_FINAL_PLAN_WEEKS = 12;
    static final int PHASE_TRANSFER_WINDOW_MONTHS = 12;

    private final StatutoryCalendar calendar;

    ReviewSchedule(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param meetingDue       the REVIEW_MEETING due date
     * @param phaseTransferDue the PHASE_TRANSFER due date when this is the review before a transfer, else null
     */
    public record NextReview(LocalDate base, LocalDate meetingDue, boolean under5, LocalDate phaseTransferDue) {
        public boolean isPhaseTransferReview() {
            return phaseTransferDue != null;
        }
    }

    /** The review counted from {@code base}: the plan's issue date or the previous review meeting. */
    public NextReview after(LocalDate base, LocalDate dateOfBirth, NextTransfer transfer) {
        boolean under5 = base.isBefore(dateOfBirth.plusYears(5));
        LocalDate due = calendar.due(REVIEW_MEETING, new DueDateQuery(base, null, null, under5));
        if (transfer == null || transfer.date().isBefore(base)) {
            return new NextReview(base, due, under5, null);
        }
        LocalDate transferDue = calendar.due(PHASE_TRANSFER, new DueDateQuery(transfer.date(), null, transfer.kind(), false));
        LocalDate latestMeeting = transferDue.minusWeeks(MEETING_TO_FINAL_PLAN_WEEKS);
        boolean transferWithinTwelveMonthsOfReview = !transfer.date().isAfter(due.plusMonths(PHASE_TRANSFER_WINDOW_MONTHS));
        if (transferWithinTwelveMonthsOfReview || !latestMeeting.isAfter(due)) {
            return new NextReview(base, latestMeeting.isBefore(due) ? latestMeeting : due, under5, transferDue);
        }
        return new NextReview(base, due, under5, null);
    }
}
