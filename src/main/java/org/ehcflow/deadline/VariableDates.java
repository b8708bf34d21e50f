package org.ehcflow.deadline;

import java.time.LocalDate;
import java.util.Date;

/** Dates as process variables hold them: a date-picker's "YYYY-MM-DD" text, a Date or a LocalDate. */
public final class VariableDates {

    private VariableDates() {
    }

    /** The calendar date of {@code value} in Europe/London; {@code name} says in the error which value was missing. */
    public static LocalDate of(Object value, String name) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank()) {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        throw new IllegalArgumentException(name + " needs a date, got " + value);
    }
}
