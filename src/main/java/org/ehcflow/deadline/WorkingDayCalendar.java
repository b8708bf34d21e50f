package org.ehcflow.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * England-and-Wales working days (Monday to Friday, not a bank holiday) and the Tribunal's working days,
 * which also leave out 25 December to 1 January and the whole of August (HESC r.12(3)(b)), for any year.
 */
public final class WorkingDayCalendar {

    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    public boolean isBankHoliday(LocalDate day) {
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
}
