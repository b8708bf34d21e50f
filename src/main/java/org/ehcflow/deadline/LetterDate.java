package org.ehcflow.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as letters to families write them: "25 May 2026". */
public final class LetterDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LetterDate() {
    }

    public static String of(LocalDate date) {
        return FORMAT.format(date);
    }
}
