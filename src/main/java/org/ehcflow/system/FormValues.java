package org.ehcflow.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Values as forms, messages and the API give them to a journey's steps: blank text is no value, a date is the
 * date-picker's YYYY-MM-DD, and anything malformed is refused naming the field.
 */
public final class FormValues {

    private FormValues() {
    }

    /** The text, stripped; {@code null} if there is none. */
    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The text, stripped; refused naming {@code field} if there is none. */
    public static String required(Object value, String field, String why) {
        String text = text(value);
        if (text == null) {
            throw new InvalidFieldException(field, field + " is required: " + why);
        }
        return text;
    }

    /** The date (YYYY-MM-DD, or the date part of a timestamp); {@code null} if there is none. */
    public static LocalDate date(Object value, String field) {
        String text = text(value);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, field + " must be a date (YYYY-MM-DD)");
        }
    }

    /** The constant of {@code type} the value names. */
    public static <E extends Enum<E>> E named(Class<E> type, Object value, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
