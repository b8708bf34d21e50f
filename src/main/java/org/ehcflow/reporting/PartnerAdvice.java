package org.ehcflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.deadline.DeadlineKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each partner service answers requests for advice (SEND Regulations 2014 reg 8: 6 weeks): requested, returned
 * in time, returned late and by how much (median days late), still awaited, overdue, waived; for the period and for
 * each part of it. The counts are the ADVICE_* measures; the medians one query more.
 */
@Service
public class PartnerAdvice {

    /** The partner services, each with the clock of its advice and the measure that counts it. */
    public enum Partner {
        HEALTH("Health (ICB)", DeadlineKey.ADVICE_MEDICAL, Measure.ADVICE_HEALTH),
        SOCIAL_CARE("Social care", DeadlineKey.ADVICE_SOCIAL_CARE, Measure.ADVICE_SOCIAL_CARE),
        EDUCATIONAL_PSYCHOLOGY("Educational psychology", DeadlineKey.ADVICE_PSYCHOLOGICAL, Measure.ADVICE_EDUCATIONAL_PSYCHOLOGY),
        SCHOOLS("Schools and settings (educational advice)", DeadlineKey.ADVICE_EDUCATIONAL, Measure.ADVICE_SCHOOLS),
        OTHER("Other advisers", DeadlineKey.ADVICE_OTHER, Measure.ADVICE_OTHER);

        private final String inWords;
        private final DeadlineKey clock;
        private final Measure measure;

        Partner(String inWords, DeadlineKey clock, Measure measure) {
            this.inWords = inWords;
            this.clock = clock;
            this.measure = measure;
        }

        public String inWords() {
            return inWords;
        }

        public Measure measure() {
            return measure;
        }
    }

    public record PartnerFigure(Partner partner, String name, Figures.Figure advice, BigDecimal medianDaysLate,
                                Map<String, BigDecimal> medianDaysLateByPeriod) {
    }

    private final Figures figures;
    private final JdbcClient jdbc;

    PartnerAdvice(Figures figures, JdbcClient jdbc) {
        this.figures = figures;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PartnerFigure> of(ReportPeriod period) {
        Map<String, BigDecimal> overall = new HashMap<>();
        Map<String, Map<Integer, BigDecimal>> byPart = new HashMap<>();
        String lateDays = "percentile_cont(0.5) within group (order by cast(d.met_on - d.due_date as integer))";
        String late = " from deadline d where d.deadline_key like 'ADVICE!_%' escape '!' and d.status <> 'CANCELLED'"
                + " and d.met_on > d.due_date and d.start_date between :from and :to";
        jdbc.sql("select d.deadline_key, " + lateDays + " as median" + late + " group by d.deadline_key")
                .param("from", period.from()).param("to", period.to())
                .query((rs, row) -> overall.put(rs.getString(1), scaled(rs.getBigDecimal(2))))
                .list();
        String bucket = period.by().bucketSql("d.start_date");
        jdbc.sql("select d.deadline_key, " + bucket + " as bucket, " + lateDays + " as median" + late
                        + " group by d.deadline_key, " + bucket)
                .param("from", period.from()).param("to", period.to())
                .query((rs, row) -> byPart.computeIfAbsent(rs.getString(1), key -> new HashMap<>())
                        .put(rs.getInt(2), scaled(rs.getBigDecimal(3))))
                .list();
        return java.util.Arrays.stream(Partner.values()).map(partner -> {
            Map<Integer, BigDecimal> medians = byPart.getOrDefault(partner.clock.name(), Map.of());
            Map<String, BigDecimal> labelled = new java.util.LinkedHashMap<>();
            period.parts().forEach(part -> labelled.put(part.label(), medians.get(part.bucket())));
            return new PartnerFigure(partner, partner.inWords, figures.of(partner.measure, period),
                    overall.get(partner.clock.name()), labelled);
        }).toList();
    }

    private static BigDecimal scaled(BigDecimal median) {
        return median == null ? null : median.setScale(1, RoundingMode.HALF_UP);
    }
}
