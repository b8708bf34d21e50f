package org.ehcflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ehcflow.deadline.Today;
import org.ehcflow.system.InvalidFieldException;
import org.springframework.stereotype.Service;

/** The reports as the API and the /reports pages give them: the same figures, from the same queries. */
@Service
public class Reports {

    /** A published figure to read ours against. */
    public record Benchmark(Measure measure, String label, BigDecimal percent, String source) {
    }

    /**
     * England's 20-week figure for 2024, excluding exception cases (DfE, "Education, health and care plans",
     * reporting year 2025): the line the dashboard draws beside the council's own.
     */
    public static final Benchmark ENGLAND_2024 = new Benchmark(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS,
            "England, 2024", new BigDecimal("46.4"),
            "DfE, Education, health and care plans, reporting year 2025 (calendar year 2024)");

    public static final Set<Measure.Group> TIMELINESS = Set.of(Measure.Group.REQUESTS, Measure.Group.PLANS,
            Measure.Group.REVIEWS, Measure.Group.TRIBUNAL, Measure.Group.COMPLAINTS);

    public record Timeliness(LocalDate from, LocalDate to, String by, LocalDate asOf, List<Figures.Figure> measures,
                             List<Benchmark> benchmarks) {
    }

    public record Partners(LocalDate from, LocalDate to, String by, LocalDate asOf,
                           List<PartnerAdvice.PartnerFigure> partners) {
    }

    private final Figures figures;
    private final PartnerAdvice partnerAdvice;
    private final Workload workload;

    Reports(Figures figures, PartnerAdvice partnerAdvice, Workload workload) {
        this.figures = figures;
        this.partnerAdvice = partnerAdvice;
        this.workload = workload;
    }

    public ReportPeriod period(String from, String to, String by) {
        return ReportPeriod.of(from, to, by, Today.inLondon());
    }

    public Timeliness timeliness(ReportPeriod period) {
        List<Figures.Figure> measures = Arrays.stream(Measure.values()).filter(m -> TIMELINESS.contains(m.group()))
                .map(m -> figures.of(m, period)).toList();
        return new Timeliness(period.from(), period.to(), label(period), Today.inLondon(), measures, List.of(ENGLAND_2024));
    }

    public Figures.Figure figure(Measure measure, ReportPeriod period) {
        return figures.of(measure, period);
    }

    public Partners partners(ReportPeriod period) {
        return new Partners(period.from(), period.to(), label(period), Today.inLondon(), partnerAdvice.of(period));
    }

    public Workload.Report workload() {
        return workload.now();
    }

    public Figures.Rows cases(String measure, String outcome, ReportPeriod period, int page, int size) {
        return figures.cases(measure(measure), outcome == null || outcome.isBlank() ? null : outcome.strip(), period,
                page, size);
    }

    public static Measure measure(String name) {
        try {
            return Measure.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("measure", "measure must be one of "
                    + String.join(", ", Arrays.stream(Measure.values()).map(Enum::name).toList()) + ", not '" + name + "'");
        }
    }

    private static String label(ReportPeriod period) {
        return period.by().name().toLowerCase(Locale.ROOT);
    }
}
