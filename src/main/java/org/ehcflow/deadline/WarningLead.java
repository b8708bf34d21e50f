package org.ehcflow.deadline;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long before a due date its warning fires: a number of calendar days or of working days. */
public record WarningLead(int amount, boolean workingDays) {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s+(working\\s+)?days?\\s*");

    /** The specification's default: 7 days before limits of 4 weeks or more, 2 working days before shorter ones. */
    static WarningLead defaultFor(LocalDate start, LocalDate due) {
        long span = Math.abs(due.toEpochDay() - start.toEpochDay());
        return span >= 28 ? new WarningLead(7, false) : new WarningLead(2, true);
    }

    /** Reads "7 days" or "2 working days", as written in configuration. */
    public static WarningLead parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a warning is written as \"N days\" or \"N working days\", not \"" + text + "\"");
        }
        return new WarningLead(Integer.parseInt(m.group(1)), m.group(2) != null);
    }

    LocalDate before(LocalDate due, WorkingDayCalendar calendar) {
        return workingDays ? calendar.workingDaysAfter(due, -amount) : due.minusDays(amount);
    }

    @Override
    public String toString() {
        return amount + (workingDays ? " working days" : " days");
    }
}
