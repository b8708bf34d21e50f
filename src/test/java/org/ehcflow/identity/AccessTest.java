package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
    @Autowired IdentityService identity;

    @Test
    void anonymousRequestsAreRefusedWith401() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> anonymous = http.getForEntity("/api/timescales", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        // A user of its own: after a wrong password Camunda refuses that user for a while.
        if (identity.createUserQuery().userId("wrongpassword").count() == 0) {
            User user = identity.newUser("wrongpassword");
            user.setPassword("right-password");
            identity.saveUser(user);
        }
        assertThat(as("wrongpassword", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
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
        assertThat(as("designer1").getForEntity(tasksOfCase, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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

    @ParameterizedTest(name = "{0}: Tasklist {1}, Cockpit {2}, Admin {3}")
    @CsvSource({
            "officer1,  true,  false, false",
            "manager1,  true,  true,  false",
            "designer1, false, true,  false",
            "health1,   true,  false, false",
            "school1,   true,  false, false",
            "admin,     true,  true,  true",
    })
    void eachGroupSignsInToTheWebappsItsWorkNeeds(String user, boolean tasklist, boolean cockpit, boolean admin) {
        assertThat(webappLogin(user, "tasklist")).as("tasklist").isEqualTo(tasklist);
        assertThat(webappLogin(user, "cockpit")).as("cockpit").isEqualTo(cockpit);
        assertThat(webappLogin(user, "admin")).as("admin").isEqualTo(admin);
    }

    @Test
    void designersSeeDeploymentsAndDefinitionsAndAreRefusedTasksAndInstances() {
        adviceRequestOffered("PSYCHOLOGICAL");
        assertThat(as("designer1").exchange("/engine-rest/deployment", HttpMethod.GET, null, LIST).getBody()).isNotEmpty();
        assertThat(as("designer1").exchange("/engine-rest/process-definition?key=advice-request", HttpMethod.GET, null, LIST)
                .getBody()).isNotEmpty();
        assertThat(as("designer1").getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("designer1").getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("officer1").exchange("/engine-rest/deployment", HttpMethod.GET, null, LIST).getBody()).isEmpty();
    }

    /**
     * The webapps' own login, which also checks that the user may use that application. Like a browser, it first
     * loads the app to get a session and the webapps' CSRF token.
     */
    private boolean webappLogin(String user, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).as("session and XSRF-TOKEN cookies").isNotNull();
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .replaceFirst("XSRF-TOKEN=([^;]*).*", "$1");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", "admin".equals(user) ? "admin" : user);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", token);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList()));
        ResponseEntity<String> response = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
        assertThat(response.getStatusCode().value()).as(user + " at " + app).isIn(200, 401, 403);
        return response.getStatusCode().is2xxSuccessful();
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
