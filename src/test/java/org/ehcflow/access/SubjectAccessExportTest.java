package org.ehcflow.access;

import static org.assertj.core.api.Assertions.*;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestChildren;
import org.ehcflow.deadline.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A subject access request answered from the export: every row of every table that names the case is in it (counted
 * table by table against the database), with the notices' text, the timeline and the journeys' recorded values.
 */
@EhcFlowIntegrationTest
class SubjectAccessExportTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void theExportHoldsEveryRowThatNamesTheCaseAndIsForAdministratorsOnly() throws Exception {
        String familyName = TestChildren.familyName("Ng");
        ResponseEntity<String> registered = send("officer1", HttpMethod.POST, "/api/cases", """
                {"child": {"givenName": "Mai", "familyName": "%s", "dateOfBirth": "2018-04-12"},
                 "requestReceived": "%s", "requester": "PARENT",
                 "parent": {"name": "Lan Ng", "email": "lan.ng@example.org", "phone": "07700 900321"},
                 "school": {"name": "Hill Top Primary", "urn": "123457", "email": "senco@hilltop.example.org"}}"""
                .formatted(familyName, Today.inLondon()));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String reference = json.readTree(registered.getBody()).get("reference").asText();
        String next = "officer2".equals(json.readTree(registered.getBody()).get("caseOfficer").asText()) ? "officer3" : "officer2";
        CaseJobs.runDue(runtime, management, reference);
        String path = "/api/cases/" + reference;
        assertThat(send("officer1", HttpMethod.POST, path + "/complaints", """
                {"kind": "QUERY", "receivedOn": "%s", "complainantName": "Lan Ng", "summary": "When is the decision?"}"""
                .formatted(Today.inLondon())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(send("manager1", HttpMethod.POST, path + "/reassign", """
                {"to": "%s", "reason": "Balancing caseloads"}""".formatted(next)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(send(next, HttpMethod.GET, path, null).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(send("manager1", HttpMethod.GET, path + "/export", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(next, HttpMethod.GET, path + "/export", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("admin", HttpMethod.GET, "/api/cases/EHC-1999-00000/export", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> exported = send("admin", HttpMethod.GET, path + "/export", null);
        assertThat(exported.getStatusCode()).as(exported.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode document = json.readTree(exported.getBody());

        JsonNode tables = document.get("tables");
        assertThat(tables.get("ehc_case")).singleElement().satisfies(c -> {
            assertThat(c.get("child_family_name").asText()).isEqualTo(familyName);
            assertThat(c.get("parent_email").asText()).isEqualTo("lan.ng@example.org");
        });
        for (String table : productTablesNamingACase()) {
            long held = jdbc.sql("select count(*) from " + table + " where case_reference = :reference")
                    .param("reference", reference).query(Long.class).single();
            long recordedSince = "case_access".equals(table) ? 1 : 0;   // the export itself, recorded once answered
            assertThat(tables.path(table).size()).as("rows of " + table).isEqualTo((int) (held - recordedSince));
        }
        assertThat(jdbc.sql("select endpoint from case_access where case_reference = :reference and user_id = 'admin'")
                .param("reference", reference).query(String.class).list()).containsExactly("GET /api/cases/{reference}/export");
        for (String table : List.of("deadline", "notification", "complaint", "handover", "case_access")) {
            assertThat(tables.path(table).size()).as(table).isPositive();
        }
        assertThat(tables.get("notification").findValuesAsText("body")).anyMatch(body -> body.contains("Mai"));
        assertThat(document.get("timeline").size()).isPositive();
        assertThat(document.get("journeys").findValuesAsText("journey")).contains("ehc-needs-assessment");
        assertThat(document.get("journeys").get(0).get("values").get("requestReceived").asText())
                .isEqualTo(Today.inLondon().toString());
    }

    /** Found independently of the export: every table the product's migrations made with a case_reference column. */
    private List<String> productTablesNamingACase() {
        List<String> tables = jdbc.sql("""
                        select lower(table_name) from information_schema.columns
                        where lower(column_name) = 'case_reference' and lower(table_name) not like 'act\\_%' escape '\\'""")
                .query(String.class).list();
        assertThat(tables).as("the catalogue lists the case's tables").contains("deadline", "notification", "appeal");
        return tables;
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
