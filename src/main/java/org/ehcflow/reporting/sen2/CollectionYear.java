package org.ehcflow.reporting.sen2;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.ehcflow.system.InvalidFieldException;

/**
 * A SEN2 collection: the return made in January of {@code year}, covering the calendar year before it (the
 * reporting period) and the plans in place on its reference (census) date.
 */
public record CollectionYear(int year, LocalDate referenceDate) {

    /** The first collection of the person-level return (2023), and the last year a plan made now could still run to. */
    static final int FIRST = 2023;
    static final int LAST = 2100;

    public static CollectionYear of(Integer year, Sen2Properties properties) {
        if (year == null) {
            throw new InvalidFieldException("year", "year is required: the collection year, such as 2027 for the"
                    + " return made in January 2027 about 2026");
        }
        if (year < FIRST || year > LAST) {
            throw new InvalidFieldException("year", "year must be a SEN2 person-level collection year from " + FIRST
                    + " to " + LAST + ", not " + year);
        }
        LocalDate set = properties.referenceDates().get(year);
        return new CollectionYear(year, set != null ? set
                : LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY)));
    }

    /** 1 January of the year reported on. */
    public LocalDate periodStart() {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** 31 December of the year reported on. */
    public LocalDate periodEnd() {
        return LocalDate.of(year - 1, 12, 31);
    }
}
