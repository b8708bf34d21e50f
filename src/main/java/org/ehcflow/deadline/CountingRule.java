package org.ehcflow.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.stream.Stream;

import org.ehcflow.system.InvalidFieldException;

/**
 * How a due date is counted from its starting date, one variant per rule of the statutory timescales
 * specification (section 1). Each variant describes itself in the words the specification uses.
 */
public sealed interface CountingRule {

    LocalDate due(DueDateQuery query, CountingContext context);

    String describe();

    /** weeks(N) from E: E + 7N days; no day is excluded. */
    record Weeks(int weeks) implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return q.from().plusWeeks(weeks);
        }

        public String describe() {
            return weeks + " weeks from the starting date";
        }
    }

    /** days(N) beginning with E: E is day 1. */
    record DaysBeginningWith(int days) implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return q.from().plusDays(days - 1L);
        }

        public String describe() {
            return days + " days beginning with the starting date";
        }
    }

    /** A plain count of calendar days: "within 30 days of" E is E + 30; a negative count runs backwards. */
    record CalendarDays(int days) implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return q.from().plusDays(days);
        }

        public String describe() {
            return days >= 0 ? "within " + days + " days of the starting date"
                    : -days + " days before the meeting";
        }
    }

    /** months(N) from E, clamped to the month's end; a negative count is "N months before". */
    record Months(int months) implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return q.from().plusMonths(months);
        }

        public String describe() {
            return months >= 0 ? months + " months from the starting date"
                    : -months + " months before the transfer date";
        }
    }

    /** workingDays(N) after E: the Nth England-and-Wales working day after E. */
    record WorkingDays(int days) implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return c.calendar().workingDaysAfter(q.from(), days);
        }

        public String describe() {
            return days + " working days after the starting date";
        }
    }

    /** tribunalDays(N) after E, or before E when N is negative (HESC r.12(3)(b)). */
    record TribunalDays(int days) implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return c.calendar().tribunalDaysAfter(q.from(), days);
        }

        public String describe() {
            return days >= 0 ? days + " Tribunal working days after the starting date"
                    : -days + " Tribunal working days before the hearing";
        }
    }

    /** The action is due on the starting date itself. */
    record Immediately() implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return q.from();
        }

        public String describe() {
            return "immediately: on the starting date";
        }
    }

    /** 12 months after the plan was issued or last reviewed; sooner for a child under 5 (CoP 9.178). */
    record ReviewMeeting() implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            return q.from().plusMonths(q.under5() ? c.under5ReviewMonths() : 12);
        }

        public String describe() {
            return "12 months from the plan's issue or the previous review meeting"
                    + " (under 5: a configurable 3 to 6 months)";
        }
    }

    /** Reg 18: before 15 February (before 31 March for secondary to post-16) of the transfer year, or 5 months before a post-16 move. */
    record PhaseTransferReview() implements CountingRule {
        private static final MonthDay BEFORE_15_FEBRUARY = MonthDay.of(Month.FEBRUARY, 14);
        private static final MonthDay BEFORE_31_MARCH = MonthDay.of(Month.MARCH, 30);

        public LocalDate due(DueDateQuery q, CountingContext c) {
            if (q.phase() == null) {
                throw new InvalidFieldException("phase", "PHASE_TRANSFER needs the kind of transfer");
            }
            return switch (q.phase()) {
                case OTHER -> BEFORE_15_FEBRUARY.atYear(q.from().getYear());
                case SECONDARY_TO_POST16 -> BEFORE_31_MARCH.atYear(q.from().getYear());
                case POST16_TO_POST16 -> q.from().minusMonths(5);
            };
        }

        public String describe() {
            return "before 15 February of the transfer year (before 31 March for secondary to post-16);"
                    + " 5 months before a post-16 to post-16 transfer";
        }
    }

    /**
     * HESC r.20(1)(c) and r.12(3)(a): the later of 2 months after the decision notice and 1 month after the
     * mediation certificate, moved out of the Christmas week and August to the next working day.
     */
    record AppealLodge() implements CountingRule {
        public LocalDate due(DueDateQuery q, CountingContext c) {
            LocalDate limit = q.from().plusMonths(2);
            if (q.certificate() != null) {
                limit = Stream.of(limit, q.certificate().plusMonths(1)).max(LocalDate::compareTo).orElseThrow();
            }
            WorkingDayCalendar calendar = c.calendar();
            if (calendar.isInChristmasBreak(limit)) {
                LocalDate firstOfJanuary = LocalDate.of(limit.getMonth() == Month.JANUARY ? limit.getYear() : limit.getYear() + 1, 1, 1);
                return calendar.workingDaysAfter(firstOfJanuary, 1);
            }
            if (limit.getMonth() == Month.AUGUST) {
                return calendar.workingDaysAfter(LocalDate.of(limit.getYear(), Month.AUGUST, 31), 1);
            }
            return limit;
        }

        public String describe() {
            return "the later of 2 months from the decision notice and 1 month from the mediation certificate;"
                    + " a day in 25 December-1 January or August moves to the next working day";
        }
    }
}
