package org.ehcflow.operations;

import static org.assertj.core.api.Assertions.*;
import static org.ehcflow.TestClock.*;

import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestChildren;
import org.ehcflow.TestTimers;
import org.ehcflow.TestUsers;
import org.ehcflow.assessment.NeedsAssessment;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRegistration;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.identity.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * /actuator as an operator and a load balancer see it: who may read what, readiness following the job executor
 * and its backlog, and the metrics moving when a statutory clock is warned of and missed (on the engine's clock).
 */
@EhcFlowIntegrationTest
class OperationsEndpointsTest {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CaseRegistration registration;
    @Autowired ServiceGauges gauges;
    @Autowired ObjectMapper json;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anyoneSeesWhetherTheServiceIsUpButOnlyOperatorsSeeWhyOrReadTheMetrics() throws Exception {
        ResponseEntity<String> anonymous = http.getForEntity("/actuator/health", String.class);
        assertThat(json.readTree(anonymous.getBody()).has("status")).isTrue();
        assertThat(json.readTree(anonymous.getBody()).at("/components/db/status").isMissingNode()).isFalse();
        assertThat(json.readTree(anonymous.getBody()).at("/components/db/details").isMissingNode())
                .as("no details for anyone").isTrue();
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("officer1", "officer1").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("admin", "admin").getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("ehcflow_deadlines_breached_total{");

        String scraper = TestUsers.create(identity, "scraper", Groups.MONITORING, "Prometheus", "Scraper");
        TestRestTemplate monitoring = as(scraper, TestUsers.PASSWORD);
        assertThat(monitoring.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(monitoring.getForEntity("/actuator/health", String.class).getBody())
                .at("/components/db/details/database").asText()).isEqualTo("H2");
        assertThat(monitoring.getForEntity("/api/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(monitoring.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(as("admin", "admin").getForEntity("/actuator/env", String.class).getStatusCode())
                .as("only health and metrics are exposed").isNotEqualTo(HttpStatus.OK);
    }

    @Test
    void readinessIsDownWhileTheJobExecutorIsNotRunningOrItsOldestDueJobHasWaitedTenMinutes() throws Exception {
        // The tests' engine runs no job executor (application-test.yaml): letters and timers would never go out.
        JsonNode ready = readiness();
        assertThat(ready.path("status").asText()).isEqualTo("DOWN");
        assertThat(ready.at("/components/jobExecutor/status").asText()).isEqualTo("DOWN");
        assertThat(ready.at("/components/jobExecutor/details/running").asBoolean()).isFalse();
        assertThat(ready.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(ready.at("/components/processEngine/status").asText()).isEqualTo("UP");

        // Other tests leave jobs behind in this shared database: what is asserted holds whatever they are.
        today("2026-03-02");
        CaseRecord c = register("2026-03-02");
        ProcessInstance pi = runtime.startProcessInstanceByKey(NeedsAssessment.PROCESS, c.reference(),
                Map.of("requestReceived", "2026-03-02"));
        java.util.Date made = management.createJobQuery().processInstanceId(pi.getId()).orderByJobDuedate().asc()
                .listPage(0, 1).get(0).getDuedate();

        ClockUtil.setCurrentTime(new java.util.Date(made.getTime() + 11 * 60_000));
        JsonNode late = readiness().at("/components/jobExecutor/details");
        assertThat(late.path("oldestWaitedSeconds").asLong()).isGreaterThanOrEqualTo(660);
        long ours = management.createJobQuery().processInstanceId(pi.getId()).executable().count();
        assertThat(ours).isPositive();

        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(readiness().at("/components/jobExecutor/details/jobsDue").asLong())
                .as("the case's jobs were counted, and are no longer").isEqualTo(late.path("jobsDue").asLong() - ours);
        runtime.deleteProcessInstance(pi.getId(), "test done");
    }

    @Test
    void aWarningAndABreachRaiseTheirCountersAndTheGaugesFollowTheClock() throws Exception {
        Map<String, String> decision = Map.of("key", "ASSESSMENT_DECISION");
        Map<String, String> missedNotDone = Map.of("key", "ASSESSMENT_DECISION", "status", "BREACHED");
        Map<String, String> considering = Map.of("stage", "CONSIDERING_REQUEST");
        gauges.refresh();
        double casesBefore = metric("ehcflow_cases", considering);
        double missedBefore = metric("ehcflow_deadlines_open", missedNotDone);

        today("2026-01-05");
        CaseRecord c = register("2026-01-05");
        ProcessInstance pi = runtime.startProcessInstanceByKey(NeedsAssessment.PROCESS, c.reference(),
                Map.of("requestReceived", "2026-01-05"));
        CaseJobs.runDue(runtime, management, c.reference());
        double breachesBefore = metric("ehcflow_deadlines_breached_total", decision);
        double warningsBefore = metric("ehcflow_deadline_warnings_total", decision);

        // ASSESSMENT_DECISION: 6 weeks from Monday 5 January is Monday 16 February; warned on the 9th, missed on the 17th
        TestTimers.fire(management, pi, "Timer_AssessmentDecisionDueSoon", "2026-02-09T00:00:00Z");
        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(metric("ehcflow_deadline_warnings_total", decision)).isEqualTo(warningsBefore + 1);
        assertThat(metric("ehcflow_deadlines_breached_total", decision)).isEqualTo(breachesBefore);

        TestTimers.fire(management, pi, "Timer_AssessmentDecisionBreached", "2026-02-17T00:00:00Z");
        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(metric("ehcflow_deadlines_breached_total", decision)).isEqualTo(breachesBefore + 1);

        gauges.refresh();
        assertThat(metric("ehcflow_deadlines_open", missedNotDone)).isEqualTo(missedBefore + 1);
        assertThat(metric("ehcflow_cases", considering)).isEqualTo(casesBefore + 1);
        runtime.deleteProcessInstance(pi.getId(), "test done");
    }

    @Test
    void theDashboardAndTheAlertRulesReadOnlyMetricsTheServiceExports() throws Exception {
        http.getForEntity("/api/timescales", String.class);   // at least one request timed
        String scrape = as("admin", "admin").getForEntity("/actuator/prometheus", String.class).getBody();
        for (String file : List.of("docs/ops/grafana-dashboard.json", "docs/ops/prometheus-alerts.yaml")) {
            Matcher names = Pattern.compile("\\b(?:ehcflow|jvm|http_server|hikaricp)_[a-z_]+").matcher(Files.readString(Path.of(file)));
            int read = 0;
            while (names.find()) {
                read++;
                assertThat(scrape).as(file + " reads " + names.group()).containsPattern("(?m)^" + names.group() + "[{ ]");
            }
            assertThat(read).as(file).isGreaterThan(4);
        }
    }

    private CaseRecord register(String received) {
        return registration.register(new NewCase(new NewCase.Child("Amara", TestChildren.familyName("Okafor"),
                TestChildren.dateOfBirth(), null), LocalDate.parse(received), CaseRecord.Requester.PARENT,
                new NewCase.Parent("Grace Okafor", "grace.okafor@example.org", null),
                new NewCase.School("Oakfield Primary School", "100001", "senco@oakfield.example.org"))).caseRecord();
    }

    private double metric(String name, Map<String, String> labels) {
        String scrape = as("admin", "admin").getForEntity("/actuator/prometheus", String.class).getBody();
        return PrometheusText.value(scrape, name, labels)
                .orElseThrow(() -> new AssertionError("no " + name + " " + labels + " in\n" + scrape));
    }

    private JsonNode readiness() throws Exception {
        return json.readTree(as("admin", "admin").getForEntity("/actuator/health/readiness", String.class).getBody());
    }

    private TestRestTemplate as(String user, String password) {
        return http.withBasicAuth(user, password);
    }
}
