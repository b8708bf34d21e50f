package org.ehcflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.WebappSignIn;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every read and change of a child's record through /api or the case page is in the case's access log. */
@EhcFlowIntegrationTest
class CaseAccessLogTest {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyReadAndChangeIsRecordedWithWhoWhenAndWhere() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1");
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", "2026-11-02"));
        CaseJobs.runDue(runtime, management, c.reference());
        for (String path : List.of("", "/timeline", "/notifications", "/complaints", "/appeals")) {
            assertThat(as("officer1").getForEntity("/api/cases/" + c.reference() + path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(200);
        }
        assertThat(WebappSignIn.as(port, "officer2").get("/cases/" + c.reference()).statusCode()).isEqualTo(200);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("manager1").exchange("/api/cases/" + c.reference() + "/reassign", HttpMethod.POST,
                new HttpEntity<>("{\"to\": \"officer3\", \"reason\": \"Balancing caseloads\"}", headers), String.class)
                .getStatusCode().value()).isEqualTo(200);
        as("officer1").getForEntity("/api/cases/NO-SUCH-CASE", String.class);

        ResponseEntity<String> answer = as("manager1").getForEntity("/api/cases/" + c.reference() + "/access-log", String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode log = json.readTree(answer.getBody());
        assertThat(log).hasSize(7);
        assertThat(log.get(0).get("user").asText()).isEqualTo("manager1");
        assertThat(log.get(0).get("action").asText()).isEqualTo("CHANGE");
        assertThat(log.get(0).get("endpoint").asText()).isEqualTo("POST /api/cases/{reference}/reassign");
        assertThat(log.get(1).get("user").asText()).as("the case page, as the webapps' user").isEqualTo("officer2");
        assertThat(log.get(1).get("endpoint").asText()).isEqualTo("GET /cases/{reference}");
        assertThat(log).extracting(e -> e.get("endpoint").asText()).contains("GET /api/cases/{reference}",
                "GET /api/cases/{reference}/timeline", "GET /api/cases/{reference}/notifications",
                "GET /api/cases/{reference}/complaints", "GET /api/cases/{reference}/appeals");
        assertThat(log).allSatisfy(e -> assertThat(e.get("at").asText()).isNotBlank());
    }

    @Test
    void aCaseShownInASearchsResultsIsReadToo() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1", "Searched", org.ehcflow.TestChildren.familyName("Found"));
        assertThat(as("officer2").getForEntity("/api/cases?q=" + c.reference(), String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(WebappSignIn.as(port, "officer3").get("/cases?q=" + c.reference()).statusCode()).isEqualTo(200);

        JsonNode log = json.readTree(as("manager1").getForEntity("/api/cases/" + c.reference() + "/access-log", String.class).getBody());

        assertThat(log).extracting(e -> e.get("user").asText() + " " + e.get("endpoint").asText())
                .containsExactly("officer3 GET /cases (in a search's results)", "officer2 GET /api/cases (in a search's results)");
    }

    @Test
    void theLogIsTheManagersToReadAndNobodysToChange() {
        CaseRecord c = TestCases.register(cases, "officer1");
        String path = "/api/cases/" + c.reference() + "/access-log";
        assertThat(as("officer1").getForEntity(path, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(as("designer1").getForEntity(path, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(as("admin").getForEntity(path, String.class).getStatusCode().value()).isEqualTo(200);
        for (HttpMethod change : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            assertThat(as("admin").exchange(path, change, null, String.class).getStatusCode().value()).as(change.name())
                    .isEqualTo(405);
        }
        assertThat(as("manager1").getForEntity("/api/cases/NO-SUCH-CASE/access-log", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user);
    }
}
