package org.ehcflow.operations;

import static org.assertj.core.api.Assertions.*;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
    void onPostgresqlTheFiguresAreReadFromTheEnginesOwnSchema() throws Exception {
        String postgres = System.getenv("EHCFLOW_TEST_POSTGRES_URL");
        ExternalTestServers.require(postgres != null && !postgres.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run starts one)");
        String schema = "health" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (ServiceProcess service = ServiceProcess.onPostgres(work, postgres, schema)) {
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
