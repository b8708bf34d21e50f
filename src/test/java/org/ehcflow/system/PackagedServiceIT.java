package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged jar, started as a separate process on the embedded default: the demo profile, an H2 file
 * database and models deployed from a folder. It is started several times over the same data folder, once
 * after a kill -9.
 */
class PackagedServiceIT {

    static final Path JAR = Path.of(System.getProperty("ehcflow.jar", "target/ehc-flow-0.1.0-SNAPSHOT.jar"));
    static final Duration START_LIMIT = Duration.ofSeconds(60);

    @TempDir Path work;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    final ObjectMapper json = new ObjectMapper();
    Process service;
    int port;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void startsDeploysOnlyChangesAndLosesNothingToAKill9() throws Exception {
        Path models = work.resolve("models");
        copy(Path.of("bpmn"), models.resolve("bpmn"));
        copy(Path.of("forms"), models.resolve("forms"));

        start(models);
        assertThat(get("/camunda/app/tasklist/", null).body()).contains("Camunda Tasklist");
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", "officer1").statusCode()).isEqualTo(200);
        JsonNode deployments = getJson("/engine-rest/deployment", "admin");
        assertThat(deployments).hasSize(1);
        String deploymentId = deployments.get(0).get("id").asText();
        assertThat(getJson("/engine-rest/deployment/" + deploymentId + "/resources", "admin"))
                .extracting(r -> r.get("name").asText())
                .contains("bpmn/advice-request.bpmn", "forms/provide-advice.form", "forms/chase-overdue-advice.form");
        stopGracefully();

        // A case record (registration arrives with the needs-assessment journey), written while the service is down.
        String reference = "IT-0001";
        try (Connection db = database()) {
            db.createStatement().executeUpdate("""
                    insert into ehc_case (reference, child_given_name, child_family_name, child_date_of_birth,
                        parent_name, parent_email, school_name, case_officer, stage, request_received, requester_type,
                        created_at)
                    values ('IT-0001', 'Amara', 'Test', date '2018-04-12', 'Grace Test', 'grace@example.org',
                        'Oakfield Primary', 'officer1', 'CONSIDERING_REQUEST', date '2026-01-05', 'PARENT', current_timestamp)""");
        }

        start(models);
        assertThat(getJson("/engine-rest/deployment", "admin")).as("unchanged models: no new deployment").hasSize(1);
        // Requested today, so that its reminder and breach timers lie weeks ahead and stay quiet during this test.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        HttpResponse<String> started = post("/engine-rest/process-definition/key/advice-request/start", "admin", """
                {"businessKey": "IT-0001", "variables": {
                  "adviceKind": {"value": "MEDICAL", "type": "String"},
                  "adviceRequestedOn": {"value": "%s", "type": "String"}}}""".formatted(today));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        // The notification is committed in transactions of its own (SENDING, then RECORDED) before the step's;
        // wait for the whole step (the partner's task) so both the assertions and the kill see what was committed,
        // not a job caught half-way (that job would run again once its lock expired, without sending twice).
        awaitTask(reference, "health1");
        JsonNode notifications = getJson("/api/cases/" + reference + "/notifications", "officer1");
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).get("status").asText()).isEqualTo("RECORDED");
        assertThat(notifications.get(0).get("recipientAddress").asText()).isEqualTo("icb-send@ehcflow.invalid");
        service.destroyForcibly().waitFor();   // kill -9: no shutdown hook runs

        start(models);
        assertThat(getJson("/api/cases/" + reference + "/notifications", "officer1")).hasSize(1);
        assertThat(getJson("/engine-rest/task?processInstanceBusinessKey=" + reference, "health1"))
                .extracting(t -> t.get("name").asText()).containsExactly("Provide advice");
        assertThat(getJson("/engine-rest/deployment", "admin")).hasSize(1);
        stopGracefully();
        assertTheStopLeftOnlyLiveData();

        try (Connection db = database(); ResultSet rows = db.createStatement().executeQuery(
                "select deadline_key, due_date, status from deadline where case_reference = 'IT-0001'")) {
            assertThat(rows.next()).as("the deadline survived").isTrue();
            assertThat(rows.getString(1)).isEqualTo("ADVICE_MEDICAL");
            assertThat(rows.getString(2)).isEqualTo(today.plusWeeks(6).toString());
            assertThat(rows.getString(3)).isEqualTo("OPEN");
        }

        Files.setLastModifiedTime(models.resolve("forms/provide-advice.form"), FileTime.from(Instant.now().plusSeconds(5)));
        start(models);
        assertThat(getJson("/engine-rest/deployment", "admin")).as("one form saved: exactly one new deployment").hasSize(2);
    }

    private void start(Path models) throws Exception {
        port = freePort();
        Path log = work.resolve("service-" + Instant.now().toEpochMilli() + ".log");
        service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString(), "--server.port=" + port,
                "--ehcflow.data-dir=" + work.resolve("data"), "--ehcflow.models.root=" + models)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!service.isAlive()) {
                fail("the service stopped while starting:\n" + Files.readString(log));
            }
            try {
                if (get("/camunda/app/tasklist/", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        fail("Tasklist did not answer within " + START_LIMIT.toSeconds() + " s:\n" + Files.readString(log));
    }

    /** A stop rewrites the embedded file with its live data only (DEFRAG_ALWAYS): compacting a copy gains nothing. */
    private void assertTheStopLeftOnlyLiveData() throws Exception {
        Path file = work.resolve("data/ehcflow.mv.db");
        Path copy = Files.createDirectories(work.resolve("compacted")).resolve("ehcflow.mv.db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("compacted/ehcflow"), "sa", "")) {
            db.createStatement().execute("shutdown compact");
        }
        assertThat(Files.size(file)).as("the stopped file beside its data compacted in full")
                .isLessThanOrEqualTo(Files.size(copy) * 11 / 10);
    }

    private void stopGracefully() throws InterruptedException {
        service.destroy();
        service.waitFor();
    }

    private void awaitTask(String reference, String user) throws Exception {
        Instant limit = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(limit)) {
            if (getJson("/engine-rest/task?processInstanceBusinessKey=" + reference, user).size() > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no task for " + user + " within 30 s");
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/ehcflow"), "sa", "");
    }

    private JsonNode getJson(String path, String user) throws Exception {
        HttpResponse<String> response = get(path, user);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String body) throws IOException, InterruptedException {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
