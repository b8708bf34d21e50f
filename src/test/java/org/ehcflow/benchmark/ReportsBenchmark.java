package org.ehcflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.ehcflow.EngineOnlyApplication;
import org.ehcflow.reporting.ReportPeriod;
import org.ehcflow.reporting.Reports;
import org.ehcflow.reporting.sen2.Sen2Return;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the reports take over a large council's records on the embedded default (an H2 file database): 15,000
 * plans, each with its request, decisions, two requests for advice, a review clock and a review. The target (issue
 * 17) is each report under a second. Run with {@code mvn -Pbenchmark test}; the times (median and slowest of 7 calls
 * after 2 to warm up) are printed and written to target/benchmarks/reports.txt. It measures; it does not fail.
 */
@Tag("benchmark")
class ReportsBenchmark {

    static final int PLANS = 15_000;
    static final LocalDate FIRST_REQUEST = LocalDate.of(2025, 1, 6);

    @Test
    void reportsOver15000Plans() throws Exception {
        Path data = Files.createTempDirectory("ehcflow-benchmark");
        try (ConfigurableApplicationContext app = EngineOnlyApplication.startOnEmbeddedDefault(data)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Instant loading = Instant.now();
            load(jdbc);
            long loadedIn = java.time.Duration.between(loading, Instant.now()).toMillis();
            Reports reports = app.getBean(Reports.class);
            Sen2Return sen2 = app.getBean(Sen2Return.class);
            ReportPeriod year = reports.period("01/01/2026", "31/12/2026", "month");
            StringBuilder report = new StringBuilder("Reports over %d plans on the embedded default (H2 file), loaded in %.1f s%n"
                    .formatted(PLANS, loadedIn / 1000.0));
            report.append(time("GET /api/reports/timeliness (a year by month, 17 measures)", () -> reports.timeliness(year)));
            report.append(time("GET /api/reports/partners (a year by month)", () -> reports.partners(year)));
            report.append(time("GET /api/reports/workload", reports::workload));
            report.append(time("the cases behind a figure (first 50 of the plans within 20 weeks)",
                    () -> reports.cases("FINAL_PLAN_20_WEEKS", "on_time", year, 0, 50)));
            report.append(time("GET /api/reports/sen2/check?year=2027", () -> sen2.check(2027)));
            report.append(time("GET /api/reports/sen2?year=2027 (XML)", () -> sen2.xml(2027)));
            System.out.print(report);
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "reports.txt"), report);
        }
    }

    private static String time(String what, Supplier<?> call) {
        for (int i = 0; i < 2; i++) {
            call.get();
        }
        long[] millis = new long[7];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        return "  %-75s median %5d ms, slowest %5d ms%n".formatted(what, millis[3], millis[6]);
    }

    /** The plans, their clocks and reviews, in batches of 1000 rows. */
    private static void load(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> deadlines = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        IntStream.range(0, PLANS).forEach(i -> {
            String reference = "BENCH-%05d".formatted(i);
            LocalDate received = FIRST_REQUEST.plusDays(i % 640);
            LocalDate decided = received.plusDays(28 + i % 20);
            LocalDate issued = received.plusDays(100 + i % 90);
            cases.add(new Object[] {reference, "Child" + i, "Benchmark", Date.valueOf(LocalDate.of(2012, 1, 1).plusDays(i % 3000)),
                    "officer" + (1 + i % 3), Date.valueOf(received), Date.valueOf(decided), Date.valueOf(issued.minusDays(30)),
                    Date.valueOf(issued), i % 10 == 0, now});
            LocalDate adviceAsked = decided.plusDays(1);
            for (String key : List.of("ADVICE_MEDICAL", "ADVICE_SOCIAL_CARE")) {
                LocalDate met = adviceAsked.plusDays(30 + (i + key.length()) % 25);
                LocalDate due = adviceAsked.plusDays(42);
                deadlines.add(new Object[] {reference, key, Date.valueOf(adviceAsked), Date.valueOf(due), Date.valueOf(met),
                        met.isAfter(due) ? "BREACHED" : "MET", met.isAfter(due) ? Date.valueOf(due.plusDays(1)) : null, now});
            }
            LocalDate reviewDue = issued.plusYears(1);
            boolean held = i % 4 != 0 && reviewDue.isBefore(LocalDate.of(2026, 12, 1));
            deadlines.add(new Object[] {reference, "REVIEW_MEETING", Date.valueOf(issued), Date.valueOf(reviewDue),
                    held ? Date.valueOf(reviewDue.minusDays(i % 20)) : null, held ? "MET" : "OPEN", null, now});
            if (held) {
                reviews.add(new Object[] {reference, Date.valueOf(reviewDue.minusDays(i % 20)),
                        Date.valueOf(reviewDue.minusDays(i % 20).plusDays(14 + i % 30)), i % 3 == 0 ? "AMEND" : "MAINTAIN"});
            }
        });
        jdbc.batchUpdate("""
                insert into ehc_case (reference, child_given_name, child_family_name, child_date_of_birth, case_officer,
                  request_received, requester_type, request_source, request_decision, request_decision_date,
                  assessment_outcome, assessment_outcome_date, plan_issue_date, exception_20_week, stage, created_at,
                  child_sex, child_ethnicity, child_postcode, primary_need, school_urn)
                values (?, ?, ?, ?, ?, ?, 'PARENT', 'PARENT_OR_YOUNG_PERSON', 'ASSESS', ?, 'ISSUE', ?, ?, ?,
                  'PLAN_MAINTAINED', ?, 'F', 'WBRI', 'B1 1BB', 'ASD', '100001')""", cases, 1000, (statement, row) -> {
            for (int c = 0; c < row.length; c++) {
                statement.setObject(c + 1, row[c]);
            }
        });
        jdbc.batchUpdate("""
                insert into deadline (case_reference, deadline_key, start_date, due_date, met_on, status, breached_on, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", deadlines, 1000, (statement, row) -> {
            for (int c = 0; c < row.length; c++) {
                statement.setObject(c + 1, row[c]);
            }
        });
        jdbc.batchUpdate("insert into plan_review (case_reference, meeting_date, decision_date, outcome) values (?, ?, ?, ?)",
                reviews, 1000, (statement, row) -> {
                    for (int c = 0; c < row.length; c++) {
                        statement.setObject(c + 1, row[c]);
                    }
                });
    }
}
