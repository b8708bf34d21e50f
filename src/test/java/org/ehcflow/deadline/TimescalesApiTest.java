package org.ehcflow.deadline;

import static org.assertj.core.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@EhcFlowIntegrationTest
class TimescalesApiTest {

    @Autowired TestRestTemplate http;

    @Test
    void listsEveryKeyOfTheSpecificationWithItsRuleAndSource() {
        List<Map<String, Object>> timescales = officer().exchange("/api/timescales", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
        assertThat(timescales).extracting(t -> t.get("key"))
                .containsExactlyElementsOf(Arrays.stream(DeadlineKey.values()).map(Enum::name).toList());
        assertThat(timescales).filteredOn(t -> t.get("key").equals("FINAL_PLAN")).singleElement().satisfies(t -> {
            assertThat(t.get("rule")).isEqualTo("20 weeks from the starting date");
            assertThat(t.get("source")).isEqualTo("SEND Regulations 2014 reg 13(2)");
            assertThat(t.get("status")).isEqualTo("LAW");
        });
    }

    @Test
    void answersADueDate() {
        assertThat(due("/api/timescales/FINAL_PLAN/due?from=2026-01-05").getBody())
                .containsEntry("key", "FINAL_PLAN").containsEntry("from", "2026-01-05")
                .containsEntry("dueDate", "2026-05-25").containsEntry("source", "SEND Regulations 2014 reg 13(2)");
        assertThat(due("/api/timescales/APPEAL_LODGE/due?from=2026-03-10&certificate=2026-04-20").getBody())
                .containsEntry("dueDate", "2026-05-20");
        assertThat(due("/api/timescales/PHASE_TRANSFER/due?from=2027-09-01&phase=SECONDARY_TO_POST16").getBody())
                .containsEntry("dueDate", "2027-03-30");
        assertThat(due("/api/timescales/REVIEW_MEETING/due?from=2026-08-31&under5=true").getBody())
                .containsEntry("dueDate", "2027-02-28");
        assertThat(due("/api/timescales/TRIBUNAL_BUNDLE/due?from=2026-09-15").getBody())
                .containsEntry("dueDate", "2026-09-01");
    }

    @Test
    void anUnknownKeyIs404() {
        ResponseEntity<Map<String, Object>> response = due("/api/timescales/NOT_A_KEY/due?from=2026-01-05");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("status", 404);
    }

    @Test
    void badOrMissingParametersAre400NamingTheField() {
        assertBadField("/api/timescales/FINAL_PLAN/due?from=2026-13-45", "from");
        assertBadField("/api/timescales/FINAL_PLAN/due?from=05/01/2026", "from");
        assertBadField("/api/timescales/FINAL_PLAN/due", "from");
        assertBadField("/api/timescales/APPEAL_LODGE/due?from=2026-03-10&certificate=tomorrow", "certificate");
        assertBadField("/api/timescales/PHASE_TRANSFER/due?from=2027-09-01", "phase");
        assertBadField("/api/timescales/PHASE_TRANSFER/due?from=2027-09-01&phase=PRIMARY", "phase");
        assertBadField("/api/timescales/REVIEW_MEETING/due?from=2026-08-31&under5=maybe", "under5");
    }

    private void assertBadField(String url, String field) {
        ResponseEntity<Map<String, Object>> response = due(url);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).as(url).containsEntry("field", field);
    }

    private ResponseEntity<Map<String, Object>> due(String url) {
        return officer().exchange(url, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
        });
    }

    private TestRestTemplate officer() {
        return http.withBasicAuth("officer1", "officer1");
    }
}
