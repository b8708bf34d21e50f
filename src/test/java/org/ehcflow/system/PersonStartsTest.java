package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A journey a person starts through /engine-rest starts only at its start form, with its form's fields and its /api
 * checks: the attack of issue 16 (a second needs assessment on another officer's case, back-dated) changes nothing.
 */
@EhcFlowIntegrationTest
class PersonStartsTest {

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired TaskService tasks;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired NotificationService notifications;
    @Autowired JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aSecondNeedsAssessmentOnAnotherOfficersCaseIsRefusedAndChangesNothing() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer2");
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", "2026-01-05"));
        CaseJobs.runDue(runtime, management, c.reference());
        String before = stateOf(c.reference());

        ResponseEntity<String> attack = post("officer3", "/engine-rest/process-definition/key/ehc-needs-assessment/start", """
                {"businessKey": "%s", "variables": {"requestReceived": {"value": "2020-01-06", "type": "String"}}}"""
                .formatted(c.reference()));

        assertThat(attack.getStatusCode().value()).as(attack.getBody()).isEqualTo(400);
        assertThat(json.readTree(attack.getBody()).get("field").asText()).isEqualTo("businessKey");
        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(stateOf(c.reference())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an officer, the breach journey         | officer1 | deadline-breach
            a manager, the breach journey          | manager1 | deadline-breach
            an officer, an advice request          | officer1 | advice-request
            an officer, the annual review          | officer1 | annual-review
            a manager, a handover                  | manager1 | case-handover
            """)
    void aJourneyTheProductStartsCannotBeStartedByHand(String who, String user, String journey) {
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(journey).count();
        ResponseEntity<String> started = post(user, "/engine-rest/process-definition/key/" + journey + "/start",
                "{\"businessKey\": \"" + TestCases.register(cases, "officer1").reference() + "\"}");
        assertThat(started.getStatusCode().value()).as(who + ": " + started.getBody()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(journey).count()).isEqualTo(instances);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an appeal given its id                | appeal    | {"variables": {"caseReference": {"value": "%s"}, "appealId": {"value": 1, "type": "Long"}}}                              | appealId
            a complaint under a Tribunal regime   | complaint | {"variables": {"caseReference": {"value": "%s"}, "kind": {"value": "QUERY"}, "receivedOn": {"value": "2026-11-02"}, "complainantName": {"value": "Grace"}, "summary": {"value": "When?"}, "deadlineRegime": {"value": "ORDER_TO_ASSESS"}}} | deadlineRegime
            start instructions past the checks    | complaint | {"businessKey": "%s", "startInstructions": [{"type": "startBeforeActivity", "activityId": "Gateway_Kind"}]}  | startInstructions
            """)
    void aStartByHandCarriesOnlyItsFormsFieldsAndBeginsAtItsStartEvent(String what, String journey, String body,
                                                                      String field) throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1");
        long instances = runtime.createProcessInstanceQuery().count();

        ResponseEntity<String> started = post("officer1", "/engine-rest/process-definition/key/" + journey + "/start",
                body.formatted(c.reference()));

        assertThat(started.getStatusCode().value()).as(what + ": " + started.getBody()).isEqualTo(400);
        assertThat(json.readTree(started.getBody()).get("field").asText()).isEqualTo(field);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void aStartMessageCorrelatedByHandStartsNothing() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1");
        ResponseEntity<String> correlated = post("officer1", "/engine-rest/message", """
                {"messageName": "appealable-decision", "businessKey": "%s",
                 "processVariables": {"appealableDecision": {"value": "CEASE"}}}""".formatted(c.reference()));
        assertThat(correlated.getStatusCode().value()).as(correlated.getBody()).isEqualTo(400);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.reference()).count()).isZero();
    }

    @Test
    void aRequestByHandWithItsFormsFieldsRegistersItsCaseAndASecondForTheSameChildIs409() throws Exception {
        String request = """
                {"variables": {"requestReceived": {"value": "2026-11-02"}, "requester": {"value": "PARENT"},
                  "childGivenName": {"value": "Nia"}, "childFamilyName": {"value": "%s"},
                  "childDateOfBirth": {"value": "2019-06-30"}, "parentName": {"value": "Rhys Hand"}}}"""
                .formatted(org.ehcflow.TestChildren.familyName("Hand"));

        ResponseEntity<String> first = post("officer1", "/engine-rest/process-definition/key/ehc-needs-assessment/start", request);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        assertThat(json.readTree(first.getBody()).get("businessKey").asText()).isNotBlank();

        ResponseEntity<String> again = post("officer2", "/engine-rest/process-definition/key/ehc-needs-assessment/start", request);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);
        assertThat(json.readTree(again.getBody()).get("message").asText()).contains("already in progress");
    }

    @Test
    void aRequestByHandCarriesItsSen2DetailsUnderTheSameChecksAsTheApi() throws Exception {
        String request = """
                {"variables": {"requestReceived": {"value": "2026-11-02"}, "requester": {"value": "OTHER"},
                  "childGivenName": {"value": "Ifan"}, "childFamilyName": {"value": "%s"},
                  "childDateOfBirth": {"value": "2019-06-30"}, "parentName": {"value": "Rhys Hand"},
                  "childSex": {"value": "M"}, "childEthnicity": {"value": "%s"}, "childPostcode": {"value": "cf10 1aa"},
                  "primaryNeed": {"value": "SLCN"}, "requestSource": {"value": "HEALTH"}}}""";
        String family = org.ehcflow.TestChildren.familyName("Sen");
        long before = jdbc.sql("select count(*) from ehc_case").query(Long.class).single();

        ResponseEntity<String> refused = post("officer1", "/engine-rest/process-definition/key/ehc-needs-assessment/start",
                request.formatted(family, "British"));
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("ethnicity");
        assertThat(jdbc.sql("select count(*) from ehc_case").query(Long.class).single()).as("nothing registered").isEqualTo(before);

        ResponseEntity<String> started = post("officer1", "/engine-rest/process-definition/key/ehc-needs-assessment/start",
                request.formatted(family, "WBRI"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String reference = json.readTree(started.getBody()).get("businessKey").asText();
        assertThat(cases.sen2Details(reference)).isEqualTo(new org.ehcflow.casefile.Sen2Details("M", "WBRI", "CF10 1AA",
                null, null, "SLCN", null, null, org.ehcflow.casefile.Sen2Details.RequestSource.HEALTH));
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(json.readTree(started.getBody()).get("id").asText())
                .variableName("childEthnicity").count()).as("the details live in the case record, not in variables").isZero();
    }

    /** Everything a start could leave behind for a case: instances, clocks, notices and tasks. */
    private String stateOf(String reference) {
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(pi -> pi.getProcessDefinitionId() + "/" + pi.getId()).sorted().toList();
        List<String> clocks = deadlines.forCase(reference).stream()
                .map(d -> d.key() + " " + d.dueDate() + " " + d.status()).sorted().toList();
        long notices = notifications.forCase(reference).size();
        long open = tasks.createTaskQuery().processInstanceBusinessKey(reference).count();
        long cases = jdbc.sql("select count(*) from ehc_case").query(Long.class).single();
        return instances + " " + clocks + " notices=" + notices + " tasks=" + open + " cases=" + cases;
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
