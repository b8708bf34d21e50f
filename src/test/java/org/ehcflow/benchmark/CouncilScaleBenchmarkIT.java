package org.ehcflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.ehcflow.ExternalTestServers;
import org.ehcflow.system.InstalledUnit;
import org.ehcflow.system.ServiceProcess;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The council-scale benchmark (issue 18) on the packaged jar with the production unit's JVM options, on the embedded
 * default and on PostgreSQL. {@code mvn -Pbenchmark verify} runs it at Birmingham's scale
 * ({@code ehcflow.benchmark.scale=1}) and prints the figures; every other {@code mvn verify} runs it at a tenth of the
 * scale as a smoke test, which asserts only that the council was built as asked, the jobs settled and the results
 * were written. Results: target/benchmarks/council-scale-{h2,postgresql}.json and target/benchmarks/summary.md.
 */
class CouncilScaleBenchmarkIT {

    static final double SCALE = Double.parseDouble(System.getProperty("ehcflow.benchmark.scale", "0.1"));
    static final Path RESULTS = Path.of("target", "benchmarks");
    static final String POSTGRES = System.getenv("EHCFLOW_TEST_POSTGRES_URL");
    static final Duration SMOKE_LIMIT = Duration.ofMinutes(3);

    @Test
    void onTheEmbeddedDefault() throws Exception {
        Path work = Files.createDirectories(RESULTS.resolve("h2-" + System.currentTimeMillis()));
        Path data = work.resolve("data").toAbsolutePath();
        List<String> arguments = List.of("--ehcflow.data-dir=" + data, "--ehcflow.models.root=" + Path.of("").toAbsolutePath());
        try (ServiceProcess service = installed(new ServiceProcess(work, arguments, Map.of()), data)) {
            run(service, "h2", "H2 file (embedded default)", data);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        ExternalTestServers.require(POSTGRES != null && !POSTGRES.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run starts one)");
        Path work = Files.createDirectories(RESULTS.resolve("postgresql-" + System.currentTimeMillis()));
        try (BenchmarkSchema schema = BenchmarkSchema.fresh(POSTGRES);
             ServiceProcess service = installed(ServiceProcess.onPostgres(work, POSTGRES, schema.name()), null)) {
            run(service, "postgresql", "PostgreSQL", null);
        }
    }

    /**
     * Issue 18's two nodes on one PostgreSQL database: the council built through the first node while both run jobs;
     * the caseload view timed on each; every timer fired once (no timer of a journey ended twice).
     */
    @Test
    void onTwoNodesSharingPostgresql() throws Exception {
        ExternalTestServers.require(POSTGRES != null && !POSTGRES.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run starts one)");
        Path work = Files.createDirectories(RESULTS.resolve("two-nodes-" + System.currentTimeMillis()));
        try (BenchmarkSchema schema = BenchmarkSchema.fresh(POSTGRES);
             ServiceProcess first = installed(ServiceProcess.onPostgres(work, POSTGRES, schema.name()), null);
             ServiceProcess second = installed(ServiceProcess.onPostgres(work, POSTGRES, schema.name()), null)) {
            long began = System.nanoTime();
            CouncilDataSet council = new CouncilDataSet(SCALE, LocalDate.now(ZoneId.of("Europe/London")));
            CouncilScaleRun run = new CouncilScaleRun(first, council, SCALE >= 1 ? Duration.ofMinutes(30) : Duration.ofMinutes(3));
            first.start();
            second.start();
            run.buildTheCouncil();
            run.measure();
            run.results.put("secondNodeCaseloadView", run.caseloadViewThrough(second).json());
            TimerFirings firings = TimerFirings.in(POSTGRES, schema.name());
            run.results.put("timersFired", firings.fired());
            run.results.put("timersFiredTwiceInOneJourney", firings.firedTwice());
            ObjectNode document = write("postgresql-two-nodes", "PostgreSQL, two nodes", run);
            System.out.println(document.toPrettyString());
            assertThat(run.results.get("jobsLeftAfterSettling")).as("jobs still due after settling").isEqualTo(0L);
            assertThat(firings.fired()).as("timers fired").isPositive();
            assertThat(firings.firedTwice()).as("timers that fired twice in one journey").isZero();
            if (SCALE < 1) {
                assertThat(Duration.ofNanos(System.nanoTime() - began)).as("the smoke run's time").isLessThan(SMOKE_LIMIT);
            }
        }
    }

    /**
     * Started with the JVM options and environment of the production unit (docs/ops/ehc-flow.service) and the settings
     * of {@code -Dehcflow.benchmark.arguments}, whatever the database.
     */
    private static ServiceProcess installed(ServiceProcess service, Path data) throws java.io.IOException {
        return service.withEnvironment(InstalledUnit.environment()).withJvmOptions(InstalledUnit.jvmOptions())
                .withArguments(extraArguments(data));
    }

    /** {@code -Dehcflow.benchmark.arguments="--name=value …"}; {data} stands for the embedded database's folder, if any. */
    private static List<String> extraArguments(Path data) {
        String extra = System.getProperty("ehcflow.benchmark.arguments", "");
        if (extra.isBlank()) {
            return List.of();
        }
        return List.of((data == null ? extra : extra.replace("{data}", data.toString())).strip().split("\\s+"));
    }

    private void run(ServiceProcess service, String name, String database, Path dataFolder) throws Exception {
        long began = System.nanoTime();
        CouncilDataSet council = new CouncilDataSet(SCALE, LocalDate.now(ZoneId.of("Europe/London")));
        CouncilScaleRun run = new CouncilScaleRun(service, council, SCALE >= 1 ? Duration.ofMinutes(30) : Duration.ofMinutes(3));
        long started = System.nanoTime();
        service.start();
        run.results.put("readyOnFirstStartSeconds", (System.nanoTime() - started) / 1e9);
        try (DataFolderPeak peak = new DataFolderPeak(dataFolder)) {
            run.buildTheCouncil();
            run.measure();
            run.recordMemory("rssMegabytes");
            run.recordDisk(dataFolder, "dataFolderKilobytesPerPlan");
            run.recordDiskPeak(peak.largestBytes(), "dataFolderKilobytesPerPlanAtMost");
        }
        service.stop();
        run.recordDisk(dataFolder, "dataFolderKilobytesPerPlanAfterStop");
        started = System.nanoTime();
        service.start();
        run.results.put("readyWithTheCouncilSeconds", (System.nanoTime() - started) / 1e9);
        run.recordMemory("rssMegabytesAfterRestart");
        ObjectNode document = write(name, database, run);
        System.out.println(document.toPrettyString());
        assertThat(run.results.get("jobsLeftAfterSettling")).as("jobs still due after settling").isEqualTo(0L);
        assertThat(RESULTS.resolve("council-scale-" + name + ".json")).exists();
        assertThat(RESULTS.resolve("summary.md")).exists();
        if (SCALE < 1) {
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("the smoke run's time").isLessThan(SMOKE_LIMIT);
        }
    }

    private static ObjectNode write(String name, String database, CouncilScaleRun run) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = json.createObjectNode();
        document.put("database", database);
        document.put("scale", SCALE);
        document.put("machine", BenchmarkSummary.machine());
        document.put("when", java.time.Instant.now().toString());
        run.results.forEach((key, value) -> document.set(key, value instanceof String s && s.startsWith("{")
                ? readTree(json, s) : json.valueToTree(value)));
        Files.createDirectories(RESULTS);
        Files.writeString(RESULTS.resolve("council-scale-" + name + ".json"), document.toPrettyString());
        Files.writeString(RESULTS.resolve("summary.md"), BenchmarkSummary.of(RESULTS));
        return document;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
