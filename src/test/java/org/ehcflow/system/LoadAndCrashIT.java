package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.ehcflow.ExternalTestServers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Twenty clients at once on the packaged jar ({@link CaseworkLoad}): on the embedded H2 default, killed (kill -9)
 * while the load runs and started again; then on PostgreSQL. Afterwards: no answer was a 5xx; every case that was
 * answered 201 is there once, with its clocks, its journey and its first task within two minutes of the restart; no
 * child has two cases; each case has as many handover notes as moves answered 200; no message went out twice; no
 * officer holds more cases than their cap.
 */
class LoadAndCrashIT {

    static final Duration LOAD = Duration.ofSeconds(40);
    static final Duration SETTLE = Duration.ofMinutes(2);
    static final String POSTGRES = System.getenv("EHCFLOW_TEST_POSTGRES_URL");

    /** Under target/, kept after the run: the service's logs are what explains a failure (a job that waited, say). */
    Path work;
    final ObjectMapper json = new ObjectMapper();

    @org.junit.jupiter.api.BeforeEach
    void keptWorkFolder(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
        work = java.nio.file.Files.createDirectories(Path.of("target", "load-and-crash").toAbsolutePath().resolve(
                test.getTestMethod().orElseThrow().getName() + "-" + System.currentTimeMillis()));
    }

    @Test
    void onTheEmbeddedDefaultNothingIsLostOrDoubledByLoadOrAKill9() throws Exception {
        List<String> arguments = List.of("--ehcflow.data-dir=" + work.resolve("data"),
                "--ehcflow.models.root=" + Path.of("").toAbsolutePath());
        try (ServiceProcess service = new ServiceProcess(work, arguments, Map.of())) {
            service.start();
            int cap = capOfficer1(service);
            CaseworkLoad load = new CaseworkLoad(service);
            ExecutorService clients = load.start();
            Thread.sleep(LOAD.toMillis());
            service.kill();
            load.stop(clients);
            service.start();
            checkAfterwards(service, load, cap);
        }
    }

    @Test
    void onPostgresqlNothingIsLostOrDoubledByLoad() throws Exception {
        ExternalTestServers.require(POSTGRES != null && !POSTGRES.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run starts one)");
        String schema = "load" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (ServiceProcess service = ServiceProcess.onPostgres(work, POSTGRES, schema)) {
            service.start();
            int cap = capOfficer1(service);
            CaseworkLoad load = new CaseworkLoad(service);
            ExecutorService clients = load.start();
            Thread.sleep(LOAD.toMillis());
            load.stop(clients);
            checkAfterwards(service, load, cap);
        }
    }

    /** officer1 may hold five cases more than now: the load's registrations reach the cap and must stop there. */
    private int capOfficer1(ServiceProcess service) throws Exception {
        int held = row(service, "officer1").get("openCases").asInt();
        HttpResponse<String> capped = service.send("PUT", "/api/caseloads/officer1/cap", "manager1",
                "{\"maxOpenCases\": " + (held + 5) + "}", Map.of());
        assertThat(capped.statusCode()).as(capped.body()).isEqualTo(200);
        return held + 5;
    }

    private void checkAfterwards(ServiceProcess service, CaseworkLoad load, int cap) throws Exception {
        System.out.printf("%d cases registered; answers by kind and status: %s; requests cut off by the kill: %d%n",
                load.references().size(), load.answers.stream().collect(java.util.stream.Collectors.groupingBy(
                        answer -> answer.what() + " " + answer.status(), java.util.TreeMap::new, java.util.stream.Collectors.counting())),
                load.connectionFailures.size());
        assertThat(load.serverErrors()).as("answers of 5xx (or client failures)").isEmpty();
        assertThat(load.references()).as("cases registered under load").hasSizeGreaterThan(20);
        assertThat(load.casesByUpn).allSatisfy((upn, references) ->
                assertThat(references).as("cases of the child with UPN " + upn).hasSize(1));

        Set<String> waiting = new HashSet<>(load.references());
        Instant limit = Instant.now().plus(SETTLE);
        while (!waiting.isEmpty() && Instant.now().isBefore(limit)) {
            for (String reference : List.copyOf(waiting)) {
                if (hasItsFirstTask(service, reference)) {
                    waiting.remove(reference);
                }
            }
            Thread.sleep(1000);
        }
        assertThat(waiting).as("cases without their first task %s after the restart", SETTLE).isEmpty();

        for (String reference : load.references()) {
            JsonNode c = ok(service.send("GET", "/api/cases/" + reference, "officer1", null, Map.of()));
            assertThat(c.get("deadlines").findValuesAsText("key")).as(reference).contains("ASSESSMENT_DECISION", "FINAL_PLAN");
            int moved = count(load.movesByCase, reference);
            assertThat(c.get("handovers").size()).as("handover notes of " + reference + ": one per move answered 200,"
                    + " and perhaps one per move whose answer the kill lost")
                    .isBetween(moved, moved + count(load.uncertainMovesByCase, reference));
            JsonNode instances = ok(service.send("GET", "/engine-rest/process-instance?processDefinitionKey=ehc-needs-assessment"
                    + "&businessKey=" + reference, "admin", null, Map.of()));
            assertThat(instances).as("journeys of " + reference).hasSize(1);
            List<String> letters = new ArrayList<>();
            ok(service.send("GET", "/api/cases/" + reference + "/notifications", "officer1", null, Map.of()))
                    .forEach(n -> letters.add(n.get("recipientRole").asText() + "|" + n.path("recipientAddress").asText()
                            + "|" + n.get("subject").asText() + "|" + n.get("body").asText()));
            // A case moved to an officer twice rightly tells them twice; the journey's letters go once each.
            assertThat(letters).as("letters of " + reference + "'s journey")
                    .filteredOn(letter -> !letter.startsWith("OFFICER|")).doesNotHaveDuplicates();
            assertThat(letters).as("the parent's letter of " + reference + " names the child as typed")
                    .anySatisfy(letter -> assertThat(letter).startsWith("PARENT|").contains("{childName} {oops}"));
        }
        Map<String, Integer> held = new HashMap<>();
        ok(service.send("GET", "/api/caseloads", "manager1", null, Map.of()))
                .forEach(row -> held.put(row.get("officer").asText(), row.get("openCases").asInt()));
        assertThat(held.get("officer1")).as("officer1's open cases against the cap").isLessThanOrEqualTo(cap);
    }

    private static int count(Map<String, AtomicInteger> counts, String reference) {
        AtomicInteger count = counts.get(reference);
        return count == null ? 0 : count.get();
    }

    private boolean hasItsFirstTask(ServiceProcess service, String reference) throws Exception {
        JsonNode tasks = ok(service.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + reference, "admin", null, Map.of()));
        JsonNode history = ok(service.send("GET", "/engine-rest/history/task?processInstanceBusinessKey=" + reference
                + "&taskDefinitionKey=Task_RecordParentViews", "admin", null, Map.of()));
        return tasks.size() > 0 || history.size() > 0;
    }

    private JsonNode row(ServiceProcess service, String officer) throws Exception {
        return ok(service.send("GET", "/api/caseloads/" + officer, "manager1", null, Map.of())).get("caseload");
    }

    private JsonNode ok(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
