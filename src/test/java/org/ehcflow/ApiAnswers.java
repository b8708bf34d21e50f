package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the API tests check in an answer: a refusal naming its field, a case's deadline. */
public final class ApiAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiAnswers() {
    }

    /** A 400 problem whose {@code field} names the field at fault. */
    public static void assertRefusedNaming(ResponseEntity<String> response, String field) throws JsonProcessingException {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(response.getBody()).get("field").asText()).isEqualTo(field);
    }

    /** The deadline of {@code key} in a case as {@code GET /api/cases/{reference}} answers it; fails if there is none. */
    public static JsonNode deadline(JsonNode caseView, String key) {
        for (JsonNode deadline : caseView.get("deadlines")) {
            if (key.equals(deadline.get("key").asText())) {
                return deadline;
            }
        }
        throw new AssertionError("no " + key + " in " + caseView);
    }
}
