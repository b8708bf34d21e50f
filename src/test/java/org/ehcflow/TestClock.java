package org.ehcflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock in process tests, and the moments the tests compare timers and due dates with. */
public final class TestClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestClock() {
    }

    /** The engine's clock at 09:30 London on {@code date} (YYYY-MM-DD): a working morning. */
    public static void today(String date) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(date).atTime(9, 30).atZone(LONDON).toInstant()));
    }

    /** An instant written in UTC, "2026-03-31T23:00:00Z". */
    public static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    /** The last moment of a day in London: the due date Tasklist shows for a statutory deadline. */
    public static Date endOf(String date) {
        return Date.from(LocalDate.parse(date).atTime(23, 59, 59, 999_000_000).atZone(LONDON).toInstant());
    }
}
