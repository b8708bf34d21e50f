package org.ehcflow.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.reporting.Figures;
import org.ehcflow.reporting.Measure;
import org.ehcflow.reporting.ReportPeriod;
import org.ehcflow.reporting.Reports;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The simulated year's statutory figures, read through the report endpoints' own service (as a manager would read
 * them on the day after the year), and the checks that the year adds up: every request that arrived is decided or
 * still open, and every missed deadline has its breach.
 */
record YearFigures(LocalDate from, LocalDate to, Map<String, Figure> measures, Map<String, Long> breachesByClock,
                   Checks checks) {

    record Figure(String title, long total, Map<String, Long> outcomes, BigDecimal percentOnTime) {
    }

    /**
     * @param requestsArrived          requests the simulation sent, from its first day
     * @param requestsRecorded         requests the reports count as received over the same days
     * @param requestsDecidedOrOpen    of those, decided (to assess or not), withdrawn, or still awaiting the decision
     * @param deadlinesMissedUnbreached the council's deadlines past their due date still open: a breach without its row
     *                                  (none; a family's periods end, never breached, and the plan decision's 16
     *                                  weeks are judged when the decision is taken)
     * @param deadlinesMissedUnbreachedByClock the same by clock, to say where a breach went unrecorded
     * @param breachesWithoutDay       deadlines marked breached with no day it was found (none)
     * @param breachesCounted          the breaches the report counts, against the deadlines marked breached
     * @param deadlinesBreached        deadlines marked breached
     * @param incidents                jobs that failed for good (none)
     */
    record Checks(long requestsArrived, long requestsRecorded, long requestsDecidedOrOpen, long deadlinesMissedUnbreached,
                  Map<String, Long> deadlinesMissedUnbreachedByClock, long breachesWithoutDay, long breachesCounted, long deadlinesBreached, long incidents) {

        boolean consistent() {
            return requestsArrived == requestsRecorded && requestsDecidedOrOpen == requestsRecorded
                    && deadlinesMissedUnbreached == 0 && breachesWithoutDay == 0 && breachesCounted == deadlinesBreached
                    && incidents == 0;
        }
    }

    private static final List<String> UNWATCHED = DeadlineKey.neverMissedWhileOpen();

    static YearFigures read(Reports reports, JdbcClient jdbc, LocalDate simulationStart, LocalDate from, LocalDate to,
                            long requestsArrived, long incidents) {
        ReportPeriod year = reports.period(from.toString(), to.toString(), "year");
        Map<String, Figure> measures = new LinkedHashMap<>();
        for (Figures.Figure figure : reports.timeliness(year).measures()) {
            measures.put(figure.measure().name(), new Figure(figure.title(), figure.total(), figure.outcomes(), figure.percentOnTime()));
        }
        Map<String, Long> breaches = new LinkedHashMap<>(reports.figure(Measure.BREACHES, year).outcomes());
        breaches.values().removeIf(count -> count == 0);

        ReportPeriod simulated = reports.period(simulationStart.toString(), to.toString(), "year");
        Figures.Figure received = reports.figure(Measure.REQUESTS_RECEIVED, simulated);
        long decidedOrOpen = received.outcomes().values().stream().mapToLong(Long::longValue).sum();
        long breachesCounted = reports.figure(Measure.BREACHES, simulated).total();
        LocalDate dayAfter = to.plusDays(1);
        Map<String, Long> missedByClock = new LinkedHashMap<>();
        jdbc.sql("""
                        select deadline_key, count(*) as missed from deadline where status = 'OPEN' and due_date < :day
                        and deadline_key not in (:unwatched) group by deadline_key order by deadline_key""")
                .param("day", dayAfter).param("unwatched", UNWATCHED)
                .query((row, i) -> missedByClock.put(row.getString("deadline_key"), row.getLong("missed"))).list();
        long missed = missedByClock.values().stream().mapToLong(Long::longValue).sum();
        long withoutDay = jdbc.sql("select count(*) from deadline where status = 'BREACHED' and breached_on is null")
                .query(Long.class).single();
        long breached = jdbc.sql("select count(*) from deadline where breached_on <= :to").param("to", to)
                .query(Long.class).single();
        return new YearFigures(from, to, measures, breaches, new Checks(requestsArrived, received.total(), decidedOrOpen,
                missed, missedByClock, withoutDay, breachesCounted, breached, incidents));
    }

    Figure figure(Measure measure) {
        return measures.get(measure.name());
    }

    /** The year as a manager would want it read: each statutory figure, the breaches by clock, and the checks. */
    String text() {
        StringBuilder text = new StringBuilder();
        text.append("Statutory figures, ").append(LetterDate.of(from)).append(" to ").append(LetterDate.of(to)).append('\n');
        measures.forEach((name, figure) -> {
            text.append(String.format("  %-95s %6d", figure.title(), figure.total()));
            if (figure.percentOnTime() != null) {
                text.append(String.format("  %5s%% on time", figure.percentOnTime()));
            }
            text.append("  ").append(figure.outcomes()).append('\n');
        });
        text.append("Breaches by clock: ").append(breachesByClock.isEmpty() ? "none" : breachesByClock).append('\n');
        text.append("Checks: ").append(checks.consistent() ? "consistent" : "NOT CONSISTENT").append(' ').append(checks).append('\n');
        return text.toString();
    }
}
