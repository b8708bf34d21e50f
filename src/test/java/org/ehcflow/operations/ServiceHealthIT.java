package org.ehcflow.operations;

import static org.assertj.core.api.Assertions.*;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ehcflow.ExternalTestServers;
import org.ehcflow.system.HostileRequests;
import org.ehcflow.system.ServiceProcess;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged jar with its database in a server of its own (H2's TCP server), which the test stops and starts
 * again as a council's database might go away: readiness goes DOWN naming the database, liveness stays UP (a restart
 * would not help), and once the database is back the service is ready again by itself.
 */
class ServiceHealthIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir Path work;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void readinessFollowsTheDatabaseAndTheMetricsAreForOperatorsOnly() throws Exception {
        int databasePort = freePort();
        Server database = startDatabase(databasePort);
        try (ServiceProcess service = new ServiceProcess(work, List.of(
                "--ehcflow.models.root=" + Path.of("").toAbsolutePath(),
                "--ehcflow.data-dir=" + work.resolve("data"),
                "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + databasePort + "/ehcflow;LOCK_TIMEOUT=30000",
                "--spring.datasource.hikari.connection-timeout=2000"), Map.of())) {
            service.start();

            HttpResponse<String> ready = awaitReadiness(service, "UP");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(json.readTree(ready.body()).at("/components/jobExecutor/status").asText()).isEqualTo("UP");
            assertThat(anonymous(service, "/actuator/prometheus").statusCode()).isEqualTo(401);
            assertThat(service.send("GET", "/actuator/prometheus", "admin", null, Map.of()).body())
                    .contains("ehcflow_deadlines_breached_total{", "ehcflow_jobs_due", "ehcflow_logins_refused_total");

            database.stop();
            HttpResponse<String> down = awaitReadiness(service, "DOWN");
            assertThat(down.statusCode()).isEqualTo(503);
            // Nobody can sign in while the database is down: which check failed is shown to anyone, its details to no one
            JsonNode why = json.readTree(down.body());
            assertThat(why.at("/components/db/status").asText()).isEqualTo("DOWN");
            assertThat(why.at("/components/db/details").isMissingNode()).isTrue();
            HttpResponse<String> alive = anonymous(service, "/actuator/health/liveness");
            assertThat(alive.statusCode()).as(alive.body()).isEqualTo(200);

            database = startDatabase(databasePort);
            assertThat(awaitReadiness(service, "UP").statusCode()).isEqualTo(200);
        } finally {
            database.stop();
        }
    }

    @Test
    void onPostgresqlTheFiguresTheExportAndTheRetentionWorkInTheEnginesOwnSchema() throws Exception {
        String postgres = System.getenv("EHCFLOW_TEST_POSTGRES_URL");
        ExternalTestServers.require(postgres != null && !postgres.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run starts one)");
        String schema = "health" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        // The retention runs every 2 seconds here, instead of each night
        try (ServiceProcess service = ServiceProcess.onPostgres(work, postgres, schema)
                .with("--ehcflow.retention.cron=*/2 * * * * *")) {
            service.start();
            HttpResponse<String> created = service.send("POST", "/api/cases", "officer1", HostileRequests.newCase(), Map.of());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            JsonNode ready = json.readTree(awaitReadiness(service, "UP").body());
            assertThat(ready.at("/components/db/status").asText()).isEqualTo("UP");
            String scrape = service.send("GET", "/actuator/prometheus", "admin", null, Map.of()).body();
            assertThat(PrometheusText.value(scrape, "ehcflow_jobs_failed", Map.of())).hasValue(0);
            assertThat(PrometheusText.value(scrape, "ehcflow_incidents_open", Map.of())).hasValue(0);
            String reference = json.readTree(created.body()).get("reference").asText();
            JsonNode export = json.readTree(service.send("GET", "/api/cases/" + reference + "/export", "admin", null, Map.of()).body());
            assertThat(export.at("/tables/ehc_case").size()).as("the subject access export, in the schema of its own").isOne();
            assertThat(export.at("/tables/deadline").size()).isPositive();
            Instant limit = Instant.now().plus(WAIT);
            while (PrometheusText.value(scrape, "ehcflow_cases", Map.of("stage", "CONSIDERING_REQUEST")).orElse(0) < 1) {
                assertThat(Instant.now()).as("the new case counted within the gauges' 30 seconds").isBefore(limit);
                Thread.sleep(1000);
                scrape = service.send("GET", "/actuator/prometheus", "admin", null, Map.of()).body();
            }
            closedLongAgo(service, postgres, schema, reference);
            assertThat(service.send("GET", "/api/cases/" + reference + "/export", "admin", null, Map.of()).statusCode())
                    .as("removed by the retention").isEqualTo(404);
        }
    }

    /**
     * The case withdrawn, and then dated back as if its journey had ended in 2015 for a child born in 1980, so that
     * the running service's retention removes it with its history (its SQL, on PostgreSQL, in a schema of its own).
     */
    private void closedLongAgo(ServiceProcess service, String postgres, String schema, String reference) throws Exception {
        HttpResponse<String> withdrawn = service.send("POST", "/api/cases/" + reference + "/withdrawal", "manager1",
                "{\"reason\": \"Moved away\"}", Map.of());
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        try (Connection db = DriverManager.getConnection(postgres, System.getenv().getOrDefault("EHCFLOW_TEST_POSTGRES_USER", "ehcflow"),
                System.getenv().getOrDefault("EHCFLOW_TEST_POSTGRES_PASSWORD", "ehcflow"))) {
            Instant limit = Instant.now().plus(WAIT);
            while (count(db, "select count(*) from " + schema + ".ACT_HI_PROCINST where BUSINESS_KEY_ = ? and END_TIME_ is null", reference) > 0) {
                assertThat(Instant.now()).as("the journeys ended").isBefore(limit);
                Thread.sleep(500);
            }
            assertThat(count(db, "select count(*) from " + schema + ".ACT_HI_PROCINST where BUSINESS_KEY_ = ?", reference)).isPositive();
            update(db, "update " + schema + ".ACT_HI_PROCINST set END_TIME_ = timestamp '2015-01-05 12:00' where BUSINESS_KEY_ = ?", reference);
            update(db, "update " + schema + ".ehc_case set child_date_of_birth = date '1980-01-01' where reference = ?", reference);
            while (!service.send("GET", "/api/retention", "admin", null, Map.of()).body().contains(reference)) {
                assertThat(Instant.now()).as("removed within a few runs").isBefore(limit);
                Thread.sleep(500);
            }
            assertThat(count(db, "select count(*) from " + schema + ".ACT_HI_PROCINST where BUSINESS_KEY_ = ?", reference)).isZero();
            assertThat(count(db, "select count(*) from " + schema + ".deadline where case_reference = ?", reference)).isZero();
            assertThat(count(db, "select count(*) from " + schema + ".retention_record where reference = ?", reference)).isOne();
        }
    }

    private static long count(Connection db, String sql, String reference) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, reference);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, String reference) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, reference);
            assertThat(statement.executeUpdate()).isPositive();
        }
    }

    private Server startDatabase(int port) throws Exception {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", work.resolve("db").toString(),
                "-ifNotExists").start();
    }

    private HttpResponse<String> awaitReadiness(ServiceProcess service, String status) throws Exception {
        Instant limit = Instant.now().plus(WAIT);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(limit)) {
            last = anonymous(service, "/actuator/health/readiness");
            if (status.equals(json.readTree(last.body()).path("status").asText())) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("readiness did not change within " + WAIT.toSeconds() + " s: " + last.body());
    }

    private HttpResponse<String> anonymous(ServiceProcess service, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
