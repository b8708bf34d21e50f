package org.ehcflow.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.Set;

/**
 * England-and-Wales working days (Monday to Friday, not a bank holiday) and the Tribunal's working days,
 * which also leave out 25 December to 1 January and the whole of August (HESC r.12(3)(b)).
 * Counting into a year the bank-holiday data does not cover is refused rather than guessed.
 */
public final class WorkingDayCalendar {

    private final NavigableSet<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;

    public WorkingDayCalendar(Set<LocalDate> bankHolidays) {
        if (bankHolidays.isEmpty()) {
            throw new IllegalArgumentException("the bank-holiday list is empty");
        }
        this.bankHolidays = new TreeSet<>(bankHolidays);
        this.firstYear = this.bankHolidays.first().getYear();
        this.lastYear = this.bankHolidays.last().getYear();
    }

    public boolean isBankHoliday(LocalDate day) {
        checkCovered(day);
        return bankHolidays.contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    public boolean isInChristmasBreak(LocalDate day) {
        return (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 25)
                || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1);
    }

    public boolean isTribunalWorkingDay(LocalDate day) {
        return isWorkingDay(day) && !isInChristmasBreak(day) && day.getMonth() != Month.AUGUST;
    }

    /** The Nth working day after {@code start} (before it when N is negative). */
    public LocalDate workingDaysAfter(LocalDate start, int count) {
        return step(start, count, false);
    }

    /** The Nth Tribunal working day after {@code start} (before it when N is negative). */
    public LocalDate tribunalDaysAfter(LocalDate start, int count) {
        return step(start, count, true);
    }

    private LocalDate step(LocalDate start, int count, boolean tribunal) {
        int direction = count >= 0 ? 1 : -1;
        LocalDate day = start;
        for (int remaining = Math.abs(count); remaining > 0; ) {
            day = day.plusDays(direction);
            if (tribunal ? isTribunalWorkingDay(day) : isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    private void checkCovered(LocalDate day) {
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            throw new IllegalStateException("No England-and-Wales bank holidays are known for " + day.getYear()
                    + " (the list covers " + firstYear + "-" + lastYear + "); add that year's days with"
                    + " ehcflow.calendar.bank-holidays-file or ehcflow.calendar.extra-bank-holidays");
        }
    }
}
