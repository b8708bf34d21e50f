package org.ehcflow.system;

import java.time.LocalDate;
import java.time.Period;

/**
 * The dates a person could mean. A statutory clock counts from a day between 1 September 2014, when Part 3 of the
 * Children and Families Act 2014 came into force, and the end of 2100; anything else is a typing slip, refused naming
 * the field rather than starting a clock that breaches at once or never.
 */
public final class PlausibleDates {

    public static final LocalDate FIRST_CLOCK_START = LocalDate.of(2014, 9, 1);
    public static final LocalDate LAST_CLOCK_START = LocalDate.of(2100, 12, 31);

    /** The longest time a person is away, or a reg 10(4) circumstance lasts, that is not a slip of the keyboard. */
    public static final Period LONGEST_PERIOD = Period.ofYears(2);

    private PlausibleDates() {
    }

    /** {@code date} as a day a clock may count from (or back from); {@code null} stays {@code null}. */
    public static LocalDate clockStart(String field, LocalDate date) {
        if (!isClockStart(date)) {
            throw new InvalidFieldException(field, implausible(field, date));
        }
        return date;
    }

    /** Whether a clock may count from {@code date} ({@code null} is left to the caller). */
    public static boolean isClockStart(LocalDate date) {
        return date == null || !(date.isBefore(FIRST_CLOCK_START) || date.isAfter(LAST_CLOCK_START));
    }

    public static String implausible(String field, LocalDate date) {
        return field + " " + date + " is not a plausible date: statutory clocks count from days between 1 September"
                + " 2014 (when Part 3 of the Children and Families Act 2014 began) and 31 December 2100";
    }

    /** A period from {@code from} to {@code to} inclusive: in the clocks' range, ending on or after its start, and not longer than two years. */
    public static void period(String fromField, LocalDate from, String toField, LocalDate to) {
        clockStart(fromField, from);
        clockStart(toField, to);
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException(toField, toField + " " + to + " is before " + fromField + " " + from);
        }
        if (to.isAfter(from.plus(LONGEST_PERIOD))) {
            throw new InvalidFieldException(toField, toField + " " + to + " is more than two years after " + fromField
                    + " " + from + ": give a period a person could be away");
        }
    }
}
