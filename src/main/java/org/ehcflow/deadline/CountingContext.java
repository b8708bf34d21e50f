package org.ehcflow.deadline;

/** What some counting rules need besides their starting date. */
public record CountingContext(WorkingDayCalendar calendar, int under5ReviewMonths) {
}
