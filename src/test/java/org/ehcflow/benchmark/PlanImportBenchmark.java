package org.ehcflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.StringJoiner;

import org.ehcflow.EngineOnlyApplication;
import org.ehcflow.review.PlanImport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long 10,000 existing plans take to import on the embedded default (an H2 file database), each with its case,
 * its annual-review journey and first review clocks. Run with {@code mvn -Pbenchmark test}; the result is printed
 * and written to target/benchmarks/plan-import.txt. The target (issue 4) is under a minute. It measures; it does
 * not fail on a slow machine.
 */
@Tag("benchmark")
class PlanImportBenchmark {

    static final int PLANS = 10_000;

    @Test
    void import10000Plans() throws Exception {
        Path data = Files.createTempDirectory("ehcflow-benchmark");
        try (ConfigurableApplicationContext app = EngineOnlyApplication.startOnEmbeddedDefault(data)) {
            PlanImport planImport = app.getBean(PlanImport.class);
            String csv = plans();
            Instant started = Instant.now();
            PlanImport.Result result = planImport.importCsv(csv);
            Duration took = Duration.between(started, Instant.now());
            String report = "Imported %d plans (%d already present) in %.1f s: %.0f plans a second, on the embedded default (H2 file)%n"
                    .formatted(result.imported(), result.alreadyImported(), took.toMillis() / 1000.0,
                            result.rows().size() * 1000.0 / Math.max(1, took.toMillis()));
            System.out.print(report);
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "plan-import.txt"), report);
        }
    }

    private static String plans() {
        StringJoiner csv = new StringJoiner("\n", "", "\n");
        csv.add("case_reference,child_given_name,child_family_name,child_date_of_birth,child_upn,parent_name,parent_email,"
                + "parent_phone,school_name,school_urn,school_email,plan_issued,last_review_meeting,next_transfer_date,"
                + "next_transfer_kind,case_officer");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < PLANS; i++) {
            LocalDate issued = today.minusDays(30 + i % 700);
            csv.add("LEGACY-%05d,Child%d,Benchmark,2014-%02d-%02d,,Parent %d,parent%d@example.org,,Oakfield Primary School,100001,,%s,,%s,%s,"
                    .formatted(i, i, 1 + i % 12, 1 + i % 28, i, i, issued, i % 10 == 0 ? today.plusMonths(10) : "",
                            i % 10 == 0 ? "OTHER" : ""));
        }
        return csv.toString();
    }
}
