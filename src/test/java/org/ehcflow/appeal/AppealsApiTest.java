package org.ehcflow.appeal;

import static org.assertj.core.api.Assertions.*;
import static org.ehcflow.ApiAnswers.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Appeals registered from the Tribunal's letters through the API. */
@EhcFlowIntegrationTest
class AppealsApiTest {

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anAppealRegisteredFromTheTribunalsLetterPutsTheResponseDeadlineOnTheCase() throws Exception {
        today("2026-11-23T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");

        ResponseEntity<String> response = post("officer1", "/api/cases/" + c.reference() + "/appeals", """
                {"decision": "REFUSAL_TO_ASSESS", "tribunalReference": "EH999/26/00101",
                 "sentToLocalAuthority": "2026-11-23", "hearingDate": "2027-03-15"}""");

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode appeal = json.readTree(response.getBody());
        assertThat(appeal.get("tribunalReference").asText()).isEqualTo("EH999/26/00101");
        assertThat(appeal.get("decision").asText()).isEqualTo("REFUSAL_TO_ASSESS");
        assertThat(appeal.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + c.reference() + "/appeals/" + appeal.get("id").asLong());

        JsonNode caseView = json.readTree(http.withBasicAuth("officer1", "officer1")
                .getForEntity("/api/cases/" + c.reference(), String.class).getBody());
        assertThat(deadline(caseView, "TRIBUNAL_RESPONSE").get("dueDate").asText()).isEqualTo("2027-01-12");
        assertThat(deadline(caseView, "TRIBUNAL_BUNDLE").get("dueDate").asText()).isEqualTo("2027-03-01");

        ResponseEntity<String> moved = post("officer1", "/api/cases/" + c.reference() + "/appeals/" + appeal.get("id").asLong()
                + "/hearing-date", "{\"hearingDate\": \"2027-04-20\"}");
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(moved.getBody()).get("hearingDate").asText()).isEqualTo("2027-04-20");
    }

    /** Once the council concedes, the appeal is over for the Tribunal: no hearing to set, nothing to withdraw. */
    @Test
    void aConcededAppealTakesNoHearingDateAndNoWithdrawal() throws Exception {
        today("2026-11-23T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");
        long id = json.readTree(post("officer1", "/api/cases/" + c.reference() + "/appeals", """
                {"decision": "REFUSAL_TO_ASSESS", "tribunalReference": "EH999/26/00121", "sentToLocalAuthority": "2026-11-23"}""")
                .getBody()).get("id").asLong();
        CaseJobs.runDue(runtime, management, c.reference());
        Task respond = tasks.createTaskQuery().processInstanceBusinessKey(c.reference())
                .taskDefinitionKey("Task_RespondToTribunal").singleResult();
        tasks.complete(respond.getId(), Map.of("tribunalResponse", "CONCEDE", "responseSummary", "Conceded"));
        CaseJobs.runDue(runtime, management, c.reference());

        String appeal = "/api/cases/" + c.reference() + "/appeals/" + id;
        ResponseEntity<String> hearing = post("officer1", appeal + "/hearing-date", "{\"hearingDate\": \"2027-04-20\"}");
        assertThat(hearing.getStatusCode()).as(hearing.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(hearing.getBody()).contains("EH999/26/00121 was conceded on 23 November 2026");
        assertThat(post("officer1", appeal + "/withdrawal", "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(http.withBasicAuth("officer1", "officer1").getForEntity(appeal, String.class).getBody())
                .get("hearingDate").isNull()).isTrue();
    }

    /** 30 Tribunal working days from Monday 20 July 2026: 9 in July, none in August, 21 in September. */
    @Test
    void anAppealSentInJulyIsAnsweredInSeptemberForNoDayOfAugustCounts() throws Exception {
        today("2026-07-22T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");

        ResponseEntity<String> response = post("officer1", "/api/cases/" + c.reference() + "/appeals", """
                {"decision": "NO_PLAN", "tribunalReference": "EH999/26/00110", "sentToLocalAuthority": "2026-07-20"}""");

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode caseView = json.readTree(http.withBasicAuth("officer1", "officer1")
                .getForEntity("/api/cases/" + c.reference(), String.class).getBody());
        assertThat(deadline(caseView, "TRIBUNAL_RESPONSE").get("dueDate").asText()).isEqualTo("2026-09-29");
    }

    @Test
    void aBadAppealIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        today("2026-11-23T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");
        String path = "/api/cases/" + c.reference() + "/appeals";

        assertRefusedNaming(post("officer1", path, """
                {"decision": "REFUSAL_TO_PAY", "tribunalReference": "EH999/26/00102", "sentToLocalAuthority": "2026-11-23"}"""), "decision");
        assertRefusedNaming(post("officer1", path, """
                {"tribunalReference": "EH999/26/00102", "sentToLocalAuthority": "2026-11-23"}"""), "decision");
        assertRefusedNaming(post("officer1", path, """
                {"decision": "CEASE", "tribunalReference": " ", "sentToLocalAuthority": "2026-11-23"}"""), "tribunalReference");
        assertRefusedNaming(post("officer1", path, """
                {"decision": "CEASE", "tribunalReference": "EH999/26/00102", "sentToLocalAuthority": "2026-11-24"}"""), "sentToLocalAuthority");
        assertRefusedNaming(post("officer1", path, """
                {"decision": "CEASE", "tribunalReference": "EH999/26/00102", "sentToLocalAuthority": "23/11/2026"}"""), "sentToLocalAuthority");
        assertRefusedNaming(post("officer1", path, """
                {"decision": "CEASE", "tribunalReference": "EH999/26/00102", "sentToLocalAuthority": "2026-11-20",
                 "hearingDate": "2026-11-20"}"""), "hearingDate");
        assertThat(appeals(c)).isZero();

        assertThat(post("officer1", "/api/cases/NO-SUCH-CASE/appeals", """
                {"decision": "CEASE", "tribunalReference": "EH999/26/00102", "sentToLocalAuthority": "2026-11-20"}""")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("health1", path, """
                {"decision": "CEASE", "tribunalReference": "EH999/26/00102", "sentToLocalAuthority": "2026-11-20"}""")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(appeals(c)).isZero();

        String appeal = """
                {"decision": "NO_PLAN", "tribunalReference": "EH999/26/00103", "sentToLocalAuthority": "2026-11-20"}""";
        assertThat(post("officer1", path, appeal).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> again = post("officer1", path, appeal);
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(appeals(c)).isOne();
    }

    @Test
    void mediationIsRecordedAgainstADecisionStillWithinItsTimeToAppeal() throws Exception {
        today("2026-11-23T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");
        String path = "/api/cases/" + c.reference() + "/mediation";
        String request = """
                {"decision": "NO_PLAN", "issues": "Whether a plan is needed", "healthInDispute": false, "laToldOn": "2026-11-23"}""";
        assertThat(post("officer1", path, request).getStatusCode()).as("no such decision is waiting").isEqualTo(HttpStatus.CONFLICT);

        runtime.createMessageCorrelation(TribunalAppeals.MESSAGE_DECISION).processInstanceBusinessKey(c.reference())
                .setVariable("appealableDecision", "NO_PLAN").correlateStartMessage();
        assertRefusedNaming(post("officer1", path, """
                {"decision": "NO_PLAN", "issues": " ", "laToldOn": "2026-11-23"}"""), "issues");
        assertRefusedNaming(post("officer1", path, """
                {"decision": "NO_PLAN", "issues": "Whether a plan is needed", "laToldOn": "2026-11-24"}"""), "laToldOn");
        assertRefusedNaming(post("officer1", path, """
                {"decision": "NO_PLAN", "issues": "Whether a plan is needed", "laToldOn": "2026-11-20"}"""), "laToldOn");

        ResponseEntity<String> mediation = post("officer1", path, request);
        assertThat(mediation.getStatusCode()).as(mediation.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(deadline(json.readTree(mediation.getBody()), "MEDIATION_HELD").get("dueDate").asText()).isEqualTo("2026-12-23");
        assertThat(post("officer1", path, request).getStatusCode()).as("only once").isEqualTo(HttpStatus.CONFLICT);
    }

    private long appeals(CaseRecord c) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TribunalAppeals.PROCESS)
                .processInstanceBusinessKey(c.reference()).count();
    }



    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static void today(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}
