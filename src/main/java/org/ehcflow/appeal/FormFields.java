package org.ehcflow.appeal;

import java.util.Arrays;

import org.ehcflow.system.InvalidFieldException;

/** Values as forms and messages give them to the appeal journey's steps. */
final class FormFields {

    private FormFields() {
    }

    static <E extends Enum<E>> E named(Class<E> type, Object value, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static String textOrNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
