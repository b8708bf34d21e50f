package org.ehcflow;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A different child for each request a test sends: a child whose needs assessment is in progress cannot be requested
 * again, and the tests share one database.
 */
public final class TestChildren {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestChildren() {
    }

    /** A unique pupil number: a letter, eleven digits and a check character. */
    public static String upn() {
        return "U%011d%d".formatted(System.nanoTime() % 100_000_000_000L, NEXT.incrementAndGet() % 10);
    }

    /** A date of birth in 2019 that no other child of this run has been given. */
    public static LocalDate dateOfBirth() {
        return LocalDate.of(2019, 1, 1).plusDays(NEXT.incrementAndGet() % 365);
    }

    /** A family name no other child of this run has been given. */
    public static String familyName(String base) {
        return base + "-" + Integer.toString(NEXT.incrementAndGet(), 36).toUpperCase();
    }
}
