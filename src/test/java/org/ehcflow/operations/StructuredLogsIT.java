package org.ehcflow.operations;

import static org.assertj.core.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ehcflow.system.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged jar on the prod profile, as a council's log store reads it: one ECS JSON object per line, the user and
 * the case as fields of the lines of a request and of a journey step, and no child's or parent's name, address,
 * telephone number or date of birth anywhere, even from a request refused for its bad e-mail address.
 */
class StructuredLogsIT {

    private static final String ADMIN_PASSWORD = "a long and str0ng test passphrase";
    private static final String NEW_CASE = """
            {"child": {"givenName": "Zéphyrine", "familyName": "Quillfeather-O'Dowd", "dateOfBirth": "2017-08-23"},
             "requestReceived": "%s", "requester": "PARENT",
             "parent": {"name": "Ottoline Quillfeather", "email": "%s", "phone": "07700 900817"},
             "school": {"name": "Brookside Primary", "urn": "123456", "email": "senco@example.org"}}""";
    private static final List<String> PERSONAL = List.of("Zéphyrine", "Quillfeather", "ottoline.q@example.org",
            "ottoline.q.example.org", "07700 900817", "07700900817", "2017-08-23", "23/08/2017", "23 August 2017");

    @TempDir Path work;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void prodLogsAreEcsJsonWithTheUserAndTheCaseAndNothingPersonal() throws Exception {
        String reference;
        String log;
        try (ServiceProcess service = new ServiceProcess(work, List.of("--spring.profiles.active=prod",
                "--ehcflow.models.root=" + Path.of("").toAbsolutePath(), "--ehcflow.data-dir=" + work.resolve("data")),
                Map.of("EHCFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD)).probingAs("admin", ADMIN_PASSWORD)) {
            service.start();
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
            HttpResponse<String> refused = admin(service, "POST", "/api/cases",
                    NEW_CASE.formatted(today, "ottoline.q.example.org"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            HttpResponse<String> created = admin(service, "POST", "/api/cases", NEW_CASE.formatted(today, "ottoline.q@example.org"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            reference = json.readTree(created.body()).get("reference").asText();
            assertThat(admin(service, "GET", "/api/cases/" + reference, null).statusCode()).isEqualTo(200);
            awaitNoJobDue(service);
            service.stop();
            log = service.log();
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode parsed = json.readTree(line);
            assertThat(parsed.isObject()).as(line).isTrue();
            assertThat(parsed.at("/ecs/version").asText()).as(line).isNotBlank();
            assertThat(parsed.path("@timestamp").asText()).as(line).isNotBlank();
            lines.add(parsed);
        }
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("message").asText()).startsWith("Case " + reference + " opened");
            assertThat(line.path("userId").asText()).isEqualTo("admin");
        });
        assertThat(lines).as("a journey step's line names its case and process instance").anySatisfy(line -> {
            assertThat(line.path("message").asText()).contains("to the PARENT: RECORDED");
            assertThat(line.path("caseReference").asText()).isEqualTo(reference);
            assertThat(line.path("journey").asText()).isNotBlank();
            assertThat(line.path("processInstanceId").asText()).isNotBlank();
        });
        for (String personal : PERSONAL) {
            assertThat(log).as("the log holds " + personal).doesNotContain(personal);
        }
    }

    private HttpResponse<String> admin(ServiceProcess service, String method, String path, String body) throws Exception {
        return service.send(method, path, "admin", ADMIN_PASSWORD, body, Map.of());
    }

    private void awaitNoJobDue(ServiceProcess service) throws Exception {
        Instant limit = Instant.now().plusSeconds(60);
        while (json.readTree(admin(service, "GET", "/engine-rest/job/count?executable=true", null).body()).get("count").asInt() > 0) {
            assertThat(Instant.now()).as("the case's first steps done within a minute").isBefore(limit);
            Thread.sleep(250);
        }
    }
}
