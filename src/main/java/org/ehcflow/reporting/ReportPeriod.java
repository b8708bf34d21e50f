package org.ehcflow.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.PlausibleDates;

/**
 * The days a report covers, from and to inclusive, and how they are split. Dates are read as an English council writes
 * them (05/01/2026) or as ISO (2026-01-05). The DfE's statistics are by calendar year, so a report runs from 1 January
 * to 31 December of this year unless told otherwise; given only one end, the other is that calendar year's.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Split by) {

    /** How the period is divided: calendar months, quarters (January to March first) or years. */
    public enum Split {
        MONTH, QUARTER, YEAR;

        /** The bucket a day falls in, as the figure query groups it: year * 100 + month, quarter or 0. */
        int bucketOf(LocalDate day) {
            return day.getYear() * 100 + switch (this) {
                case MONTH -> day.getMonthValue();
                case QUARTER -> day.get(IsoFields.QUARTER_OF_YEAR);
                case YEAR -> 0;
            };
        }

        /** The SQL that gives the same bucket for {@code column} on H2 and PostgreSQL alike. */
        String bucketSql(String column) {
            return "extract(year from " + column + ") * 100 + " + switch (this) {
                case MONTH -> "extract(month from " + column + ")";
                case QUARTER -> "extract(quarter from " + column + ")";
                case YEAR -> "0";
            };
        }
    }

    /** One part of the period, as the reports label it ("2026-01", "2026-Q1", "2026"). */
    public record Part(String label, LocalDate from, LocalDate to, int bucket) {
    }

    /** A part's label as a person reads it: "June 2026", "April to June 2026", "2026". */
    public static String inWords(String label) {
        if (label.matches("[0-9]{4}-[0-9]{2}")) {
            return java.time.YearMonth.parse(label).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        }
        if (label.matches("[0-9]{4}-Q[1-4]")) {
            int quarter = label.charAt(6) - '0';
            java.time.Month first = java.time.Month.of(quarter * 3 - 2);
            return first.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " to "
                    + first.plus(2).getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + label.substring(0, 4);
        }
        return label;
    }

    /** Enough for 30 years by month: every year a child can be in the system. */
    static final int MOST_PARTS = 360;

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public static ReportPeriod of(String from, String to, String by, LocalDate today) {
        LocalDate givenEnd = to == null || to.isBlank() ? null : PlausibleDates.clockStart("to", date("to", to));
        LocalDate start = from == null || from.isBlank() ? (givenEnd != null ? givenEnd : today).withDayOfYear(1)
                : date("from", from);
        LocalDate end = givenEnd != null ? givenEnd : start.withDayOfYear(1).plusYears(1).minusDays(1);
        PlausibleDates.clockStart("from", start);
        PlausibleDates.clockStart("to", end);
        if (end.isBefore(start)) {
            throw new InvalidFieldException("to", "to (" + end + ") is before from (" + start + ")");
        }
        ReportPeriod period = new ReportPeriod(start, end, split(by));
        if (period.parts().size() > MOST_PARTS) {
            throw new InvalidFieldException("by", "by " + period.by().name().toLowerCase(Locale.ROOT) + " splits "
                    + start + " to " + end + " into more than " + MOST_PARTS + " parts: choose quarter or year");
        }
        return period;
    }

    private static Split split(String by) {
        if (by == null || by.isBlank()) {
            return Split.MONTH;
        }
        try {
            return Split.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("by", "by must be month, quarter or year, not '" + by + "'");
        }
    }

    static LocalDate date(String field, String value) {
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, UK_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, field + " '" + v + "' is not a date: write it as dd/mm/yyyy or yyyy-mm-dd");
        }
    }

    /** The period's parts in order, each clipped to the period. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate next = switch (by) {
                case MONTH -> start.withDayOfMonth(1).plusMonths(1);
                case QUARTER -> start.withDayOfMonth(1).withMonth((start.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).plusMonths(3);
                case YEAR -> start.withDayOfYear(1).plusYears(1);
            };
            LocalDate end = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
            parts.add(new Part(label(start), start, end, by.bucketOf(start)));
            start = next;
        }
        return parts;
    }

    private String label(LocalDate day) {
        return switch (by) {
            case MONTH -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(day.getYear());
        };
    }
}
