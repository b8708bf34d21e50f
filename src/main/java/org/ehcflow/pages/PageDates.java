package org.ehcflow.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.StatutoryCalendar;
import org.springframework.stereotype.Component;

/** Dates on the product's pages as a letter writes them ("5 January 2026"), never the American way. */
@Component("dates")
public class PageDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    public String of(LocalDate date) {
        return date == null ? "" : LetterDate.of(date);
    }

    public String of(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(StatutoryCalendar.LONDON));
    }

    public String of(java.util.Date date) {
        return date == null ? "" : of(date.toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate());
    }
}
