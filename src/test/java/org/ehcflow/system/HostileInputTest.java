package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.system.HostileRequests.Bad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bad input at every /api endpoint and the plan import, as a careless or hostile client sends it: control characters,
 * text far too long, dates of year 0 or after 2100, numbers where dates go, fractions where whole numbers go, missing
 * reasons, malformed CSV. Each is answered 400 naming the field (or 404, 409, 415), never 5xx, and changes nothing:
 * every product table and the engine's running instances are counted before and after.
 */
@EhcFlowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    final ObjectMapper json = new ObjectMapper();
    String reference;
    String officer;

    @BeforeAll
    void aCaseToSendThemAbout() throws Exception {
        ResponseEntity<String> created = exchange("officer1", HttpMethod.POST, "/api/cases", "application/json",
                HostileRequests.newCase());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        reference = json.readTree(created.getBody()).get("reference").asText();
        officer = json.readTree(created.getBody()).get("caseOfficer").asText();
    }

    Stream<Bad> badRequests() {
        return HostileRequests.all().stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badRequests")
    void isRefusedNamingTheFieldAndChangesNothing(Bad bad) throws Exception {
        Map<String, Integer> before = counts();

        ResponseEntity<String> answer = exchange(bad.user(), bad.method(), bad.pathFor(reference, officer), bad.contentType(),
                bad.bodyFor(reference));

        bad.assertAnswered(answer.getStatusCode().value(), String.valueOf(answer.getHeaders().getContentType()), answer.getBody());
        assertThat(counts()).isEqualTo(before);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String contentType, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        return http.withBasicAuth(user, user).exchange(java.net.URI.create(http.getRootUri() + path), method,
                new HttpEntity<>(body, headers), String.class);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        HostileRequests.PRODUCT_TABLES.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single()));
        counts.put("engine: running instances", (int) runtime.createProcessInstanceQuery().count());
        return counts;
    }
}
