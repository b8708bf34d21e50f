package org.ehcflow.caseload;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.TestChildren;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.HandoverRepository;
import org.ehcflow.casefile.UnassignedCases;
import org.ehcflow.deadline.Today;
import org.ehcflow.identity.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * bpmn/case-allocation.bpmn: with every officer at their cap a new case goes to the team's unassigned queue and a
 * manager is given it to allocate, through the task or a reassignment. Every officer's cap is set to 0 for the test
 * and cleared after it.
 */
@EhcFlowIntegrationTest
class UnassignedQueueTest {

    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired CaseRepository cases;
    @Autowired HandoverRepository handovers;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void everyOfficerFull() {
        init(engine);
        officers().forEach(officer -> assertThat(put("/api/caseloads/" + officer + "/cap", "{\"maxOpenCases\": 0}")
                .getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    @AfterEach
    void capsCleared() {
        officers().forEach(officer -> put("/api/caseloads/" + officer + "/cap", "{\"maxOpenCases\": null}"));
    }

    @Test
    void aCaseNoOfficerCanTakeWaitsForAManagerWhoNamesItsOfficer() throws Exception {
        String reference = newCase("C111111111111");
        assertThat(cases.find(reference).orElseThrow().caseOfficer()).isNull();
        CaseJobs.runDue(runtimeService(), managementService(), reference);
        Task parentViews = taskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_RecordParentViews").singleResult();
        assertThat(parentViews.getAssignee()).as("waits, with no officer to hold it").isNull();
        assertThat(json.readTree(get("/api/caseloads/unassigned").getBody()).findValuesAsText("reference")).contains(reference);

        ProcessInstance allocation = allocation(reference);
        Task name = task("Task_NameOfficer", allocation);
        assertThat(taskQuery().taskId(name.getId()).taskCandidateGroup(Groups.MANAGERS).count()).isOne();
        assertThatThrownBy(() -> complete(name, withVariables("caseOfficer", "health1"))).hasMessageContaining("caseOfficer");
        identity.setAuthentication("manager1", List.of(Groups.MANAGERS));
        try {
            complete(name, withVariables("caseOfficer", "officer2", "allocationNote", "Omar has room once his leave ends"));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(allocation).isEnded().hasPassed("EndEvent_OfficerNamed");
        assertThat(cases.find(reference).orElseThrow().caseOfficer()).isEqualTo("officer2");
        assertThat(taskQuery().taskId(parentViews.getId()).singleResult().getAssignee()).isEqualTo("officer2");
        assertThat(handovers.forCase(reference)).singleElement().satisfies(note -> {
            assertThat(note.fromOfficer()).isNull();
            assertThat(note.toOfficer()).isEqualTo("officer2");
            assertThat(note.handedOverBy()).isEqualTo("manager1");
            assertThat(note.reason()).isEqualTo("Omar has room once his leave ends");
        });
        assertThat(json.readTree(get("/api/caseloads/unassigned").getBody()).findValuesAsText("reference")).doesNotContain(reference);
    }

    @Test
    void aCaseFromTheQueueReassignedThroughTheApiEndsTheManagersTask() throws Exception {
        String reference = newCase("D111111111111");
        ProcessInstance allocation = allocation(reference);

        ResponseEntity<String> moved = post("/api/cases/" + reference + "/reassign", "{\"to\": \"officer3\", \"reason\": \"Urgent\"}");

        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(allocation).isEnded().hasPassed("EndEvent_NamedElsewhere");
        assertThat(cases.find(reference).orElseThrow().caseOfficer()).isEqualTo("officer3");
    }

    private String newCase(String upn) throws Exception {
        ResponseEntity<String> created = post("/api/cases", """
                {"child": {"givenName": "Ivy", "familyName": "%s", "dateOfBirth": "2019-06-30", "upn": "%s"},
                 "requestReceived": "%s", "requester": "PARENT",
                 "parent": {"name": "Sam Queue", "email": "sam.queue@example.org"}}""".formatted(TestChildren.familyName("Queue"), upn,
                Today.inLondon()));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("reference").asText();
    }

    private ProcessInstance allocation(String reference) {
        ProcessInstance allocation = runtimeService().createProcessInstanceQuery().processDefinitionKey(UnassignedCases.PROCESS)
                .processInstanceBusinessKey(reference).singleResult();
        assertThat(allocation).as("the managers' allocation task").isNotNull();
        return allocation;
    }

    private List<String> officers() {
        return identity.createUserQuery().memberOfGroup(Groups.CASE_OFFICERS).list().stream().map(User::getId).toList();
    }

    private ResponseEntity<String> get(String path) {
        return http.withBasicAuth("manager1", "manager1").getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String path, String body) {
        return http.withBasicAuth("manager1", "manager1").postForEntity(path, new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private ResponseEntity<String> put(String path, String body) {
        return http.withBasicAuth("manager1", "manager1").exchange(path, HttpMethod.PUT, new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
