package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One identity for /engine-rest and /api, and each group sees what its work needs and no more. */
@EhcFlowIntegrationTest
class AccessTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired FilterService filters;

    @Test
    void anonymousRequestsAreRefusedWith401() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> anonymous = http.getForEntity("/api/timescales", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        // Not a user the other tests sign in as: after a wrong password Camunda refuses that user for a while.
        assertThat(as("admin", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("nobody", "nobody").getForEntity("/api/timescales", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDemoUserSignsInWithHisCamundaPassword() {
        assertThat(as("officer1").getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("designer1").getForEntity("/api/timescales", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void caseDataIsForTheSendTeamOnly() {
        CaseRecord c = TestCases.register(cases, "officer1");
        String url = "/api/cases/" + c.reference() + "/notifications";
        assertThat(as("officer1").getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("manager1").getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("designer1").getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> partner = as("health1").getForEntity(url, String.class);
        assertThat(partner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(partner.getHeaders().getContentType()).hasToString("application/problem+json");
        ResponseEntity<Map<String, Object>> unknown = as("officer1").exchange("/api/cases/NO-SUCH-CASE/notifications",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() {
                });
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void partnersSeeOnlyTasksOfferedToTheirGroupAndManagersSeeEveryTask() {
        ProcessInstance pi = adviceRequestOffered("MEDICAL");
        String tasksOfCase = "/engine-rest/task?processInstanceId=" + pi.getId();

        assertThat(tasks("health1", tasksOfCase)).extracting(t -> t.get("name")).containsExactly("Provide advice");
        assertThat(tasks("school1", tasksOfCase)).isEmpty();
        assertThat(tasks("social1", tasksOfCase)).isEmpty();
        assertThat(tasks("officer1", tasksOfCase)).isEmpty();
        assertThat(tasks("designer1", tasksOfCase)).isEmpty();
        assertThat(tasks("manager1", tasksOfCase)).hasSize(1);
    }

    @Test
    void theCaseOfficerSeesTheTaskAssignedToHimAndOtherOfficersDoNot() {
        ProcessInstance pi = adviceRequestOffered("MEDICAL");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-13T23:00:00Z")));
        try {
            management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers()
                    .activityId("Timer_AdviceOverdue").singleResult().getId());
        } finally {
            ClockUtil.reset();
        }
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
                .activityId("Task_TellOfAdviceOverdue").singleResult().getId());
        String tasksOfCase = "/engine-rest/task?processInstanceId=" + pi.getId();

        assertThat(tasks("officer3", tasksOfCase)).extracting(t -> t.get("name")).containsExactly("Chase overdue advice");
        assertThat(tasks("officer3", "/engine-rest/task?assignee=officer3&processInstanceId=" + pi.getId())).hasSize(1);
        assertThat(tasks("officer1", tasksOfCase)).isEmpty();
        String myTasks = filters.createTaskFilterQuery().filterName("My tasks").singleResult().getId();
        assertThat(tasks("officer3", "/engine-rest/filter/" + myTasks + "/list")).extracting(t -> t.get("processInstanceId"))
                .contains(pi.getId());
        String overdue = filters.createTaskFilterQuery().filterName("Overdue").singleResult().getId();
        assertThat(tasks("officer3", "/engine-rest/filter/" + overdue + "/list")).extracting(t -> t.get("processInstanceId"))
                .contains(pi.getId());
    }

    @Test
    void onlyManagersMayReassignSomeoneElsesTask() {
        ProcessInstance pi = adviceRequestOffered("SOCIAL_CARE");
        String taskId = (String) tasks("manager1", "/engine-rest/task?processInstanceId=" + pi.getId()).get(0).get("id");

        ResponseEntity<String> byOfficer = as("officer2").postForEntity("/engine-rest/task/" + taskId + "/assignee",
                Map.of("userId", "officer2"), String.class);
        assertThat(byOfficer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> byManager = as("manager1").postForEntity("/engine-rest/task/" + taskId + "/assignee",
                Map.of("userId", "social1"), String.class);
        assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theFourTasklistFiltersAreSharedWithEveryoneWhoWorksTasksButNotWithDesigners() {
        List<String> expected = List.of("My tasks", "My team's unassigned tasks", "Due within 7 days", "Overdue");
        for (String user : List.of("officer1", "manager1", "health1", "school1", "social1", "ep1")) {
            assertThat(as(user).exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST).getBody())
                    .as(user).extracting(f -> f.get("name")).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(as("designer1").exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST).getBody())
                .isEmpty();
        assertThat(filters.createTaskFilterQuery().count()).isEqualTo(4);
    }

    @Test
    void theOverdueAndDueSoonFiltersRunForAnOfficer() {
        for (String name : List.of("Overdue", "Due within 7 days", "My tasks", "My team's unassigned tasks")) {
            String id = filters.createTaskFilterQuery().filterName(name).singleResult().getId();
            assertThat(as("officer1").getForEntity("/engine-rest/filter/" + id + "/list", String.class).getStatusCode())
                    .as(name).isEqualTo(HttpStatus.OK);
        }
    }

    /** A partner's "Provide advice" task, offered to its group, on a case held by officer3. */
    private ProcessInstance adviceRequestOffered(String adviceKind) {
        CaseRecord c = TestCases.register(cases, "officer3");
        ProcessInstance pi = runtime.startProcessInstanceByKey("advice-request", c.reference(),
                Map.of("adviceKind", adviceKind, "adviceRequestedOn", "2026-03-02"));
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
        return pi;
    }

    private List<Map<String, Object>> tasks(String user, String url) {
        return as(user).exchange(url, HttpMethod.GET, null, LIST).getBody();
    }

    private TestRestTemplate as(String user) {
        return as(user, user);
    }

    private TestRestTemplate as(String user, String password) {
        return http.withBasicAuth(user, password);
    }
}
