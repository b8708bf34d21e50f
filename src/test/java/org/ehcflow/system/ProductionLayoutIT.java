package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.ehcflow.ExternalTestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The documented production layout (docs/ops) run as written: the command of {@code ehc-flow.service} with its
 * folders moved under a temporary root, the council's {@code application.yaml} and the secrets of
 * {@code ehc-flow.env.example} (the database replaced by the test's PostgreSQL, in a schema of its own).
 */
class ProductionLayoutIT {

    private static final String POSTGRES = System.getenv("EHCFLOW_TEST_POSTGRES_URL");
    private static final String ADMIN_PASSWORD = "a long production test passphrase";

    @TempDir Path root;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void theServiceRunsAsTheUnitFileAndTheCouncilsSettingsSayWith() throws Exception {
        ExternalTestServers.require(POSTGRES != null && !POSTGRES.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run starts one)");
        Path opt = Files.createDirectories(root.resolve("opt/ehc-flow"));
        Path etc = Files.createDirectories(root.resolve("etc/ehc-flow"));
        Path var = Files.createDirectories(root.resolve("var/lib/ehc-flow"));
        Files.copy(ServiceProcess.JAR, opt.resolve("ehc-flow.jar"));
        copyFolder(Path.of("bpmn"), opt.resolve("models/bpmn"));
        copyFolder(Path.of("forms"), opt.resolve("models/forms"));
        Files.copy(Path.of("docs/ops/application.yaml"), etc.resolve("application.yaml"));

        List<String> command = InstalledUnit.execStart().stream().map(word -> word
                .replace("/opt/ehc-flow", opt.toString()).replace("/etc/ehc-flow", etc.toString())
                .replace("/var/lib/ehc-flow", var.toString())).toList();
        assertThat(command.get(0)).isEqualTo("/usr/bin/java");
        int jar = command.indexOf("-jar");
        String schema = "layout" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> arguments = new ArrayList<>(command.subList(jar + 2, command.size()));
        arguments.addAll(List.of("--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
                "--camunda.bpm.database.schema-name=" + schema, "--camunda.bpm.database.table-prefix=" + schema + "."));
        Map<String, String> environment = new HashMap<>(InstalledUnit.environment());
        environment.putAll(environmentFile());
        environment.putAll(Map.of("EHCFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "EHCFLOW_DB_URL", ServiceProcess.withSchema(POSTGRES, schema),
                "EHCFLOW_DB_USER", ServiceProcess.POSTGRES_USER, "EHCFLOW_DB_PASSWORD", ServiceProcess.POSTGRES_PASSWORD));

        try (ServiceProcess service = new ServiceProcess(root, arguments, environment)
                .asInstalled(command.subList(1, jar), Path.of(command.get(jar + 1)), var)
                .probingAs("admin", ADMIN_PASSWORD)) {
            service.start();
            JsonNode health = awaitReady(service);
            assertThat(health.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
            assertThat(health.at("/components/mail/details/location").asText())
                    .as("the council's application.yaml was read").startsWith("smtp.council.example.gov.uk");
            HttpResponse<String> journey = service.send("GET", "/engine-rest/process-definition/key/ehc-needs-assessment",
                    "admin", ADMIN_PASSWORD, null, Map.of());
            assertThat(journey.statusCode()).as("the models folder deployed").isEqualTo(200);
            assertThat(service.log().lines().filter(line -> !line.isBlank()))
                    .as("the prod profile logs JSON").allMatch(line -> line.startsWith("{"));
        }
    }

    private static Map<String, String> environmentFile() throws Exception {
        Map<String, String> environment = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/ops/ehc-flow.env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return environment;
    }

    private JsonNode awaitReady(ServiceProcess service) throws Exception {
        Instant limit = Instant.now().plusSeconds(60);
        while (true) {
            JsonNode health = json.readTree(service.send("GET", "/actuator/health", "admin", ADMIN_PASSWORD, null, Map.of()).body());
            JsonNode ready = json.readTree(service.send("GET", "/actuator/health/readiness", "admin", ADMIN_PASSWORD, null, Map.of()).body());
            if ("UP".equals(ready.path("status").asText())) {
                return health;
            }
            assertThat(Instant.now()).as("ready within a minute: " + ready).isBefore(limit);
            Thread.sleep(500);
        }
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
