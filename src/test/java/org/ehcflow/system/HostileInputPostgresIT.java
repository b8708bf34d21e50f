package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.ehcflow.ExternalTestServers;
import org.ehcflow.system.HostileRequests.Bad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bad requests of {@link HostileRequests} sent to the packaged jar on PostgreSQL, which refuses a NUL in text and
 * once answered it with 500 and the SQL statement: the same answers as on H2, and nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputPostgresIT {

    static final String POSTGRES = System.getenv("EHCFLOW_TEST_POSTGRES_URL");

    final ObjectMapper json = new ObjectMapper();
    Path work;
    String schema;
    ServiceProcess service;
    String reference;
    String officer;

    @BeforeAll
    void startOnPostgres() throws Exception {
        ExternalTestServers.require(POSTGRES != null && !POSTGRES.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run starts one)");
        work = Files.createTempDirectory("ehcflow-hostile");
        schema = "hostile" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        service = ServiceProcess.onPostgres(work, POSTGRES, schema);
        service.start();
        HttpResponse<String> created = service.send("POST", "/api/cases", "officer1", HostileRequests.newCase(), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode c = json.readTree(created.body());
        reference = c.get("reference").asText();
        officer = c.get("caseOfficer").asText();
        awaitNoJobDue();
    }

    /** The service's job executor runs: the new case's first steps (its letters) must be done before counting. */
    private void awaitNoJobDue() throws Exception {
        Instant limit = Instant.now().plusSeconds(60);
        while (json.readTree(service.send("GET", "/engine-rest/job/count?executable=true", "admin", null, Map.of()).body())
                .get("count").asInt() > 0) {
            assertThat(Instant.now()).as("the case's first jobs done within a minute").isBefore(limit);
            Thread.sleep(250);
        }
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    Stream<Bad> badRequests() {
        return HostileRequests.all().stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badRequests")
    void isRefusedNamingTheFieldAndChangesNothing(Bad bad) throws Exception {
        Map<String, Integer> before = counts();

        HttpResponse<String> answer = service.send(bad.method().name(), bad.pathFor(reference, officer), bad.user(),
                bad.bodyFor(reference), bad.contentType() == null ? Map.of() : Map.of("Content-Type", bad.contentType()));

        bad.assertAnswered(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Integer> counts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(ServiceProcess.withSchema(POSTGRES, schema),
                ServiceProcess.POSTGRES_USER, ServiceProcess.POSTGRES_PASSWORD)) {
            for (String table : HostileRequests.PRODUCT_TABLES) {
                try (ResultSet rows = db.createStatement().executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getInt(1));
                }
            }
        }
        JsonNode instances = json.readTree(service.send("GET", "/engine-rest/process-instance/count", "admin", null, Map.of()).body());
        counts.put("engine: running instances", instances.get("count").asInt());
        return counts;
    }
}
