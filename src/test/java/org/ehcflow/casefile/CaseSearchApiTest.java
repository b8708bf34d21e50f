package org.ehcflow.casefile;

import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestChildren;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** GET /api/cases: a case found by any of the ways a caller names it, a page at a time, for the SEND team only. */
@EhcFlowIntegrationTest
class CaseSearchApiTest {

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aCaseIsFoundByEachWayACallerNamesIt() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 6);
        LocalDate born = TestChildren.dateOfBirth().minusYears(3);
        String upn = TestChildren.upn();
        CaseRecord zoe = insert("Zoë", "Ñúñez-" + token, born, upn, "Siân O’Connor", "St Mary’s Academy " + token);

        for (String q : List.of(zoe.reference(), zoe.reference().toLowerCase(), upn, "zoe nunez-" + token,
                "NUNEZ-" + token.toUpperCase() + " zoë", "sian oconnor", "st marys academy " + token,
                born.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), born.toString())) {
            assertThat(references(search("q", q))).as("q=" + q).contains(zoe.reference());
        }
        JsonNode found = search("q", zoe.reference()).get("items").get(0);
        assertThat(found.get("childName").asText()).isEqualTo("Zoë Ñúñez-" + token);
        assertThat(found.get("stageInWords").asText()).isEqualTo("Considering the request for an assessment");
        assertThat(references(search("q", "zoe nunez-" + token, "stage", "ASSESSING"))).isEmpty();
        assertThat(references(search("q", "zoe nunez-" + token, "officer", "officer2"))).containsExactly(zoe.reference());
        assertThat(references(search("q", "zoe nunez-" + token, "officer", "officer3"))).isEmpty();
        assertThat(references(search("q", "100%_" + token))).as("LIKE's wildcards are only text").isEmpty();
    }

    @Test
    void resultsComeNewestFirstAPageAtATime() throws Exception {
        String school = "Paging School " + UUID.randomUUID().toString().substring(0, 8);
        CaseRecord first = insert("Ann", TestChildren.familyName("Page"), TestChildren.dateOfBirth(), null, "A Parent", school);
        CaseRecord second = insert("Ben", TestChildren.familyName("Page"), TestChildren.dateOfBirth(), null, "A Parent", school);
        CaseRecord third = insert("Cat", TestChildren.familyName("Page"), TestChildren.dateOfBirth(), null, "A Parent", school);

        JsonNode page0 = search("q", school, "size", "2");
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(references(page0)).containsExactly(third.reference(), second.reference());
        assertThat(references(search("q", school, "size", "2", "page", "1"))).containsExactly(first.reference());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"size, 0", "size, 101", "page, -1", "stage, SOMEWHERE", "dueBefore, 1900-01-01", "dueBefore, 31/12/2026"})
    void aBadParameterIsA400NamingIt(String field, String value) throws Exception {
        ResponseEntity<String> answer = get("officer1", field, value);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"health1", "designer1", "school1"})
    void partnersAndDesignersMayNotSearchCases(String user) {
        assertThat(get(user, "q", "a").getStatusCode().value()).isEqualTo(403);
    }

    private CaseRecord insert(String given, String family, LocalDate born, String upn, String parent, String school) {
        CaseRecord c = new CaseRecord("T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                new CaseRecord.Child(given, family, born, upn), new CaseRecord.Parent(parent, null, null),
                new CaseRecord.School(school, null, null), "officer2", "CONSIDERING_REQUEST", LocalDate.of(2026, 1, 5),
                CaseRecord.Requester.PARENT, Instant.now());
        cases.insert(c);
        try {
            Thread.sleep(5);   // created one after another, as newest-first shows them
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return c;
    }

    private JsonNode search(String... params) throws Exception {
        ResponseEntity<String> answer = get("officer1", params);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> get(String user, String... params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/cases");
        for (int i = 0; i < params.length; i += 2) {
            uri.queryParam(params[i], params[i + 1]);
        }
        return http.withBasicAuth(user, user).getForEntity(uri.encode().build().toUri(), String.class);
    }

    private static List<String> references(JsonNode page) {
        return page.get("items").findValuesAsText("reference");
    }
}
