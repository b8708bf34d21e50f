package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Today;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answers the API's contract states that the journeys' own tests do not reach: a case, appeal, complaint,
 * officer or journey that does not exist (404, whatever the operation), an id that is not a number (400), a body of
 * another type (415), and the answers of an appeal's and a complaint's later steps.
 */
@EhcFlowIntegrationTest
class ApiAnswersTest {

    private static final String NO_CASE = "EHC-1999-00000";

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "GET  | /api/cases/" + NO_CASE + "/appeals | ",
            "GET  | /api/cases/" + NO_CASE + "/appeals/1 | ",
            "GET  | /api/cases/" + NO_CASE + "/complaints | ",
            "GET  | /api/cases/" + NO_CASE + "/sen2 | ",
            "GET  | /api/cases/" + NO_CASE + "/timeline | ",
            "GET  | /api/caseloads/nobody-of-that-name | ",
            "POST | /api/cases/" + NO_CASE + "/reassign | {\"to\": \"officer2\", \"reason\": \"Leaving the team\"}",
            "POST | /api/cases/" + NO_CASE + "/exceptions | {\"circumstance\": \"PERSONAL_CIRCUMSTANCES\", \"detail\": \"In hospital\", \"from\": \"2026-01-10\", \"to\": \"2026-02-10\"}",
            "POST | /api/cases/" + NO_CASE + "/mediation | {\"decision\": \"REFUSAL_TO_ASSESS\", \"issues\": \"The refusal\", \"healthInDispute\": false, \"laToldOn\": \"2026-03-02\"}",
            "POST | /api/cases/" + NO_CASE + "/appeals/1/hearing-date | {\"hearingDate\": \"2027-04-20\"}",
            "POST | /api/cases/" + NO_CASE + "/appeals/1/withdrawal | {}"})
    void whatDoesNotExistIsNotFound(String method, String path, String body) {
        ResponseEntity<String> answer = send("admin", HttpMethod.valueOf(method.strip()), path.strip(), body, MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "PUT  | /api/caseloads/nobody-of-that-name/cap | {\"maxOpenCases\": 30}",
            "POST | /api/caseloads/nobody-of-that-name/absences | {\"from\": \"2026-12-21\", \"to\": \"2026-12-24\", \"reason\": \"Annual leave\"}",
            "POST | /api/caseloads/nobody-of-that-name/reassign | {\"to\": \"officer2\", \"reason\": \"Leaving the team\"}"})
    void aChangeForSomeoneWhoIsNoCaseOfficerIsRefusedNamingTheOfficer(String method, String path, String body) throws Exception {
        ResponseEntity<String> answer = send("manager1", HttpMethod.valueOf(method.strip()), path.strip(), body, MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).get("field").asText()).isEqualTo("officer");
    }

    @Test
    void aJourneyThatDoesNotExistHasNothingToMove() {
        assertThat(send("designer1", HttpMethod.GET, "/api/models/no-such-journey/migration", null, MediaType.APPLICATION_JSON)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anIdThatIsNotANumberIsRefusedNamingIt() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1");
        String base = "/api/cases/" + c.reference();
        for (String[] request : new String[][] {{"GET", base + "/appeals/first", null}, {"GET", base + "/complaints/first", null},
                {"POST", base + "/appeals/first/withdrawal", "{}"}, {"POST", base + "/appeals/first/hearing-date", "{\"hearingDate\": \"2027-04-20\"}"},
                {"POST", base + "/complaints/first/escalation", "{\"escalatedOn\": \"2027-02-01\"}"}}) {
            ResponseEntity<String> answer = send("officer1", HttpMethod.valueOf(request[0]), request[1], request[2], MediaType.APPLICATION_JSON);
            assertThat(answer.getStatusCode().value()).as(request[1]).isEqualTo(400);
            assertThat(json.readTree(answer.getBody()).get("field").asText()).as(request[1]).isEqualTo("id");
        }
    }

    @Test
    void plansAreImportedFromCsvOnly() {
        ResponseEntity<String> answer = send("manager1", HttpMethod.POST, "/api/plans/import", "{}", MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).isEqualTo(415);
    }

    @Test
    void anExceptionNeedsARunningClockToExcuse() {
        CaseRecord c = TestCases.register(cases, "officer1");
        ResponseEntity<String> answer = send("officer1", HttpMethod.POST, "/api/cases/" + c.reference() + "/exceptions", """
                {"circumstance": "PERSONAL_CIRCUMSTANCES", "detail": "In hospital", "from": "%s", "to": "%s"}"""
                .formatted(Today.inLondon().minusDays(3), Today.inLondon().plusDays(20)), MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
    }

    @Test
    void anAppealsHearingIsAGivenDateAndTheAppellantMayWithdraw() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1");
        ResponseEntity<String> registered = send("officer1", HttpMethod.POST, "/api/cases/" + c.reference() + "/appeals", """
                {"decision": "REFUSAL_TO_ASSESS", "tribunalReference": "EH%s/26/00777", "sentToLocalAuthority": "%s"}"""
                .formatted(c.reference().substring(c.reference().length() - 3), Today.inLondon()), MediaType.APPLICATION_JSON);
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
        String appeal = registered.getHeaders().getLocation().getPath();

        ResponseEntity<String> badDate = send("officer1", HttpMethod.POST, appeal + "/hearing-date", "{\"hearingDate\": \"31/02/2027\"}",
                MediaType.APPLICATION_JSON);
        assertThat(badDate.getStatusCode().value()).as(badDate.getBody()).isEqualTo(400);
        assertThat(json.readTree(badDate.getBody()).get("field").asText()).isEqualTo("hearingDate");

        ResponseEntity<String> withdrawn = send("officer1", HttpMethod.POST, appeal + "/withdrawal", "{}", MediaType.APPLICATION_JSON);
        assertThat(withdrawn.getStatusCode().value()).as(withdrawn.getBody()).isEqualTo(200);
        CaseJobs.runDue(runtime, management, c.reference());
    }

    @Test
    void aComplaintIsEscalatedOnlyOnceAnsweredAtStageOneAndNotBeforeItsAnswer() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1");
        LocalDate today = Today.inLondon();
        ResponseEntity<String> logged = send("officer1", HttpMethod.POST, "/api/cases/" + c.reference() + "/complaints", """
                {"kind": "COMPLAINT", "receivedOn": "%s", "complainantName": "Kim Parent", "summary": "The plan is late"}"""
                .formatted(today.minusDays(5)), MediaType.APPLICATION_JSON);
        assertThat(logged.getStatusCode().value()).as(logged.getBody()).isEqualTo(201);
        String escalation = logged.getHeaders().getLocation().getPath() + "/escalation";
        String onToday = "{\"escalatedOn\": \"" + today + "\"}";

        assertThat(send("officer1", HttpMethod.POST, escalation, onToday, MediaType.APPLICATION_JSON).getStatusCode().value())
                .as("not answered at stage 1 yet").isEqualTo(409);

        CaseJobs.runDue(runtime, management, c.reference());
        complete("Task_AcknowledgeComplaint", c, Map.of());
        CaseJobs.runDue(runtime, management, c.reference());
        complete("Task_RespondStage1", c, Map.of("response", "It will be issued by the end of the month."));
        CaseJobs.runDue(runtime, management, c.reference());

        ResponseEntity<String> tooEarly = send("officer1", HttpMethod.POST, escalation,
                "{\"escalatedOn\": \"" + today.minusYears(1) + "\"}", MediaType.APPLICATION_JSON);
        assertThat(tooEarly.getStatusCode().value()).as(tooEarly.getBody()).isEqualTo(400);
        assertThat(json.readTree(tooEarly.getBody()).get("field").asText()).isEqualTo("escalatedOn");
        ResponseEntity<String> escalated = send("officer1", HttpMethod.POST, escalation, onToday, MediaType.APPLICATION_JSON);
        assertThat(escalated.getStatusCode().value()).as(escalated.getBody()).isEqualTo(200);
    }

    private void complete(String taskKey, CaseRecord c, Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        tasks.complete(task.getId(), variables);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
