package org.ehcflow.system;

import java.util.regex.Pattern;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks e-mail addresses and UK telephone numbers in every text of every structured log line (message, exception
 * messages and stack traces, context fields): what other code echoes (a mail server rejecting an address, a
 * database driver quoting a value) must not carry a family's contact details into the council's log store. EHC
 * Flow's own log statements name cases by reference and people by role, never by name.
 */
public class PersonalDataMask implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** 07700 900123, 0121 303 1888, +44 7700 900123, (0121) 3031888: 10 or 11 digits from the leading 0. */
    private static final Pattern UK_PHONE = Pattern.compile(
            "(?<![\\p{N}\\p{L}])(?:\\+44\\s?|\\(?0)\\d(?:[\\s)-]{0,2}\\d){8,9}(?!\\p{N})");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataMask::mask));
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return UK_PHONE.matcher(EMAIL.matcher(text).replaceAll("[e-mail address]")).replaceAll("[telephone number]");
    }
}
