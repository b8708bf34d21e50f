package org.ehcflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a {@link Measure} over a period with one query, and lists the cases behind any of its numbers with another. */
@Service
public class Figures {

    /** A measure over the period: its counts by outcome, its rate, and the same for each part of the period. */
    public record Figure(Measure measure, String title, String countedOn, long total, Map<String, Long> outcomes,
                         BigDecimal percentOnTime, List<PartFigure> parts) {
    }

    public record PartFigure(String period, LocalDate from, LocalDate to, long total, Map<String, Long> outcomes,
                             BigDecimal percentOnTime) {
    }

    /** One row behind a number: the case, its child, who holds it, and the dates that decided its outcome. */
    public record Row(String reference, String childName, String caseOfficer, String stage, LocalDate startedOn,
                      LocalDate dueOn, LocalDate countedOn, String outcome) {
    }

    public record Rows(Measure measure, String outcome, LocalDate from, LocalDate to, long count, int page, int size,
                       List<Row> cases) {
    }

    static final int LARGEST_PAGE = 1000;

    private final JdbcClient jdbc;

    Figures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Figure of(Measure measure, ReportPeriod period) {
        Map<Integer, Map<String, Long>> byPart = new HashMap<>();
        jdbc.sql("select " + period.by().bucketSql("m.counted_on") + " as bucket, m.outcome, count(*) as n from ("
                        + measure.sql() + ") m where m.counted_on between :from and :to group by "
                        + period.by().bucketSql("m.counted_on") + ", m.outcome")
                .param("today", Today.inLondon()).param("from", period.from()).param("to", period.to())
                .query((rs, row) -> byPart.computeIfAbsent(rs.getInt("bucket"), b -> new HashMap<>())
                        .merge(rs.getString("outcome"), rs.getLong("n"), Long::sum))
                .list();
        Map<String, Long> totals = new HashMap<>();
        List<PartFigure> parts = period.parts().stream().map(part -> {
            Map<String, Long> counts = byPart.getOrDefault(part.bucket(), Map.of());
            counts.forEach((outcome, n) -> totals.merge(outcome, n, Long::sum));
            return new PartFigure(part.label(), part.from(), part.to(), sum(counts), ordered(measure, counts),
                    percent(measure, counts));
        }).toList();
        return new Figure(measure, measure.title(), measure.countedOn(), sum(totals), ordered(measure, totals),
                percent(measure, totals), parts);
    }

    /** The cases behind one number: {@code outcome} null for all of the measure's rows in the period. */
    @Transactional(readOnly = true)
    public Rows cases(Measure measure, String outcome, ReportPeriod period, int page, int size) {
        if (outcome != null && !measure.outcomes().isEmpty() && !measure.outcomes().contains(outcome)) {
            throw new InvalidFieldException("outcome", "outcome of " + measure + " must be one of "
                    + String.join(", ", measure.outcomes()) + ", not '" + outcome + "'");
        }
        if (page < 0) {
            throw new InvalidFieldException("page", "page must be 0 or more");
        }
        if (size < 1 || size > LARGEST_PAGE) {
            throw new InvalidFieldException("size", "size must be from 1 to " + LARGEST_PAGE);
        }
        String rows = "from (" + measure.sql() + ") m join ehc_case c on c.reference = m.case_reference"
                + " where m.counted_on between :from and :to" + (outcome == null ? "" : " and m.outcome = :outcome");
        long count = jdbc.sql("select count(*) " + rows)
                .param("today", Today.inLondon()).param("from", period.from()).param("to", period.to())
                .param("outcome", outcome).query(Long.class).single();
        List<Row> found = jdbc.sql("""
                        select m.case_reference, c.child_given_name, c.child_family_name, c.case_officer, c.stage,
                          m.started_on, m.due_on, m.counted_on, m.outcome\s""" + rows
                        + " order by m.counted_on, m.case_reference offset :offset rows fetch next :size rows only")
                .param("today", Today.inLondon()).param("from", period.from()).param("to", period.to())
                .param("outcome", outcome).param("offset", (long) page * size).param("size", size)
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2) + " " + rs.getString(3), rs.getString(4),
                        CaseStage.inWords(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9)))
                .list();
        return new Rows(measure, outcome, period.from(), period.to(), count, page, size, found);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counts in the measure's order of outcomes, every outcome present (0 when none); open-ended ones sorted. */
    private static Map<String, Long> ordered(Measure measure, Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        measure.outcomes().forEach(outcome -> ordered.put(outcome, counts.getOrDefault(outcome, 0L)));
        counts.keySet().stream().sorted().forEach(outcome -> ordered.putIfAbsent(outcome, counts.get(outcome)));
        return ordered;
    }

    /** On time as a percentage of those judged, to one decimal place (half up, as the DfE rounds); none if none judged. */
    static BigDecimal percent(Measure measure, Map<String, Long> counts) {
        if (!measure.isRate()) {
            return null;
        }
        long judged = measure.judged().stream().mapToLong(o -> counts.getOrDefault(o, 0L)).sum();
        long onTime = measure.onTime().stream().mapToLong(o -> counts.getOrDefault(o, 0L)).sum();
        return judged == 0 ? null : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(judged), 1, RoundingMode.HALF_UP);
    }
}
