package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.net.URI;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A value a journey refuses, sent through Camunda's REST API as a start form does: 400 naming the field, as in /api. */
@EhcFlowIntegrationTest
class EngineRestRefusalsTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a request received in year 0 | requestReceived  | 0000-01-05 | 2019-06-30 | requestReceived
            a request received in 2013   | requestReceived  | 2013-01-05 | 2019-06-30 | requestReceived
            a child born after it        | childDateOfBirth | 2026-01-05 | 2026-02-01 | child.dateOfBirth
            a young person of 40         | childDateOfBirth | 2026-01-05 | 1986-01-01 | child.dateOfBirth
            """)
    void aStartFormRefusedByTheJourneyIsA400NamingTheField(String why, String variable, String received, String born,
                                                          String field) throws Exception {
        int cases = jdbc.sql("select count(*) from ehc_case").query(Integer.class).single();
        long instances = runtime.createProcessInstanceQuery().count();
        String body = """
                {"variables": {"requestReceived": {"value": "%s"}, "requester": {"value": "PARENT"},
                  "childGivenName": {"value": "Eve"}, "childFamilyName": {"value": "Engine"},
                  "childDateOfBirth": {"value": "%s"}, "parentName": {"value": "Ada Engine"}}}""".formatted(received, born);

        ResponseEntity<String> answer = post("/engine-rest/process-definition/key/ehc-needs-assessment/start", body);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("message").asText()).as("Tasklist shows the message").contains(field);
        assertThat(jdbc.sql("select count(*) from ehc_case").query(Integer.class).single()).isEqualTo(cases);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("officer1", "officer1").exchange(URI.create(http.getRootUri() + path), HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
