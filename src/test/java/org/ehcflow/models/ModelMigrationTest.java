package org.ehcflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.TestClock;
import org.ehcflow.TestTimers;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A changed annual-review.bpmn deployed from the Modeler reaches the plans already under review after one migration
 * call, and no clock moves. Worked by hand: a plan issued on Monday 31 March 2025 has REVIEW_MEETING on Tuesday
 * 31 March 2026, and waits for its timer at 00:00 on 20 January 2026 (GMT), 70 days before, to start the review.
 */
@EhcFlowIntegrationTest
class ModelMigrationTest {

    private static final String KEY = "annual-review";

    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired ModelMigrations migrations;
    @Autowired TestRestTemplate http;
    final ObjectMapper json = new ObjectMapper();
    final List<String> testDeployments = new ArrayList<>();

    @AfterEach
    void putTheFoldersVersionBack() {
        ClockUtil.reset();
        ChangedJourneys.putTheFoldersVersionBack(repository, management, migrations, KEY, testDeployments);
    }

    @Test
    void aChangedAnnualReviewFromTheModelerReachesEveryRunningPlanAfterOneCallWithNoClockMoved() throws Exception {
        ClockUtil.setCurrentTime(TestClock.at("2025-03-31T11:00:00Z"));
        List<CaseRecord> plans = List.of(planIssued(), planIssued(), planIssued());
        String version1 = latestDefinitionId();

        ResponseEntity<String> deployed = deploy("designer1", ChangedJourneys.changedAnnualReview());
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        testDeployments.add(json.readTree(deployed.getBody()).get("id").asText());
        String version2 = latestDefinitionId();
        assertThat(version2).isNotEqualTo(version1);

        JsonNode dryRun = get("designer1", "/api/models/" + KEY + "/migration");
        JsonNode older = olderVersion(dryRun, version1);
        assertThat(older.get("runningCases").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(older.get("mapsEveryCase").asBoolean()).isTrue();
        assertThat(older.get("waitingIn")).anySatisfy(place -> {
            assertThat(place.get("activityId").asText()).isEqualTo("Timer_TimeToArrangeMeeting");
            assertThat(place.get("name").asText()).isEqualTo("10 weeks before the review is due");
        });

        assertThat(post("designer1", "/api/models/" + KEY + "/migration").getStatusCode().value())
                .as("designers may look, only administrators move cases").isEqualTo(403);
        ResponseEntity<String> moved = post("admin", "/api/models/" + KEY + "/migration");
        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
        JsonNode migration = json.readTree(moved.getBody()).get("migrations").get(0);
        assertThat(migration.get("status").asText()).isEqualTo("RUNNING");
        assertThat(migration.get("requestedBy").asText()).isEqualTo("admin");
        assertThat(migration.get("requestedThrough").asText()).isEqualTo("EHC Flow");
        assertThat(migration.get("casesMoved").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(post("admin", "/api/models/" + KEY + "/migration").getStatusCode().value())
                .as("a second move while the first batch works").isEqualTo(409);
        runBatches();

        for (CaseRecord plan : plans) {
            ProcessInstance annual = annualReview(plan);
            assertThat(annual.getProcessDefinitionId()).isEqualTo(version2);
            assertThat(deadlines.findLatest(plan.reference(), DeadlineKey.REVIEW_MEETING).orElseThrow().dueDate())
                    .isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(TestTimers.job(management, annual, "Timer_TimeToArrangeMeeting").getDuedate())
                    .isEqualTo(TestClock.at("2026-01-20T00:00:00Z"));
        }
        ProcessInstance first = annualReview(plans.get(0));
        TestTimers.fire(management, first, "Timer_TimeToArrangeMeeting", "2026-01-20T00:00:00Z");
        CaseJobs.runDue(runtime, management, plans.get(0).reference());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(first.getId())
                .activityId("Event_ReviewStarting").count()).as("the added step").isOne();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("plan-review")
                .processInstanceBusinessKey(plans.get(0).reference()).count()).as("the review started").isOne();

        JsonNode after = get("designer1", "/api/models/" + KEY + "/migration");
        assertThat(after.get("olderVersions")).noneSatisfy(v -> assertThat(v.get("definitionId").asText()).isEqualTo(version1));
        assertThat(after.get("migrations").get(0).get("status").asText()).isEqualTo("DONE");
        JsonNode recorded = get("designer1", "/api/models/deployments");
        assertThat(recorded.get("migrations").get(0).get("processKey").asText()).isEqualTo(KEY);
        assertThat(recorded.get("migrations").get(0).get("requestedBy").asText()).isEqualTo("admin");
        JsonNode record = recorded.get("deployments").get(0);
        assertThat(record.get("deploymentId").asText()).isEqualTo(testDeployments.get(0));
        assertThat(record.get("deployedBy").asText()).isEqualTo("designer1");
        assertThat(record.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(record.get("files").get(0).asText()).isEqualTo("bpmn/annual-review.bpmn");
        assertThat(record.get("outcome").asText()).isEqualTo("DEPLOYED");
    }

    @Test
    void aPlaceTheNewVersionDropsIsNamedAndItsCasesStayWhereTheyAre() throws Exception {
        ClockUtil.setCurrentTime(TestClock.at("2025-03-31T11:00:00Z"));
        CaseRecord plan = planIssued();
        String version1 = latestDefinitionId();
        String renamedTimer = ChangedJourneys.folders(KEY)
                .replace("Timer_TimeToArrangeMeeting\"", "Timer_TimeToArrangeTheMeeting\"")
                .replace("Timer_TimeToArrangeMeeting_di\"", "Timer_TimeToArrangeTheMeeting_di\"");
        ResponseEntity<String> deployed = deploy("designer1", renamedTimer);
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        testDeployments.add(json.readTree(deployed.getBody()).get("id").asText());

        JsonNode older = olderVersion(get("designer1", "/api/models/" + KEY + "/migration"), version1);
        assertThat(older.get("mapsEveryCase").asBoolean()).isFalse();
        assertThat(older.get("unmapped")).singleElement()
                .satisfies(place -> assertThat(place.get("activityId").asText()).isEqualTo("Timer_TimeToArrangeMeeting"));

        JsonNode migration = json.readTree(post("admin", "/api/models/" + KEY + "/migration").getBody()).get("migrations").get(0);
        assertThat(migration.get("casesLeft").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(migration.get("leftWaitingIn").asText()).isEqualTo("Timer_TimeToArrangeMeeting");
        runBatches();
        assertThat(annualReview(plan).getProcessDefinitionId()).isEqualTo(version1);
    }

    @Test
    void twentyAdministratorsAskingAtOnceMoveTheCasesOnce() throws Exception {
        ClockUtil.setCurrentTime(TestClock.at("2025-03-31T11:00:00Z"));
        planIssued();
        ResponseEntity<String> deployed = deploy("designer1", ChangedJourneys.changedAnnualReview());
        testDeployments.add(json.readTree(deployed.getBody()).get("id").asText());
        int before = get("admin", "/api/models/" + KEY + "/migration").get("migrations").size();

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> post("admin", "/api/models/" + KEY + "/migration").getStatusCode().value()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        JsonNode report = get("admin", "/api/models/" + KEY + "/migration");
        assertThat(report.get("migrations").size() - before).as("one move recorded").isOne();
        runBatches();
        assertThat(get("admin", "/api/models/" + KEY + "/migration").get("migrations").get(0).get("status").asText())
                .as("its batch ended with no failure").isEqualTo("DONE");
    }

    @Test
    void aMoveMadeThroughCamundasOwnMigrationEndpointIsRecordedToo() throws Exception {
        ClockUtil.setCurrentTime(TestClock.at("2025-03-31T11:00:00Z"));
        CaseRecord plan = planIssued();
        String version1 = latestDefinitionId();
        ResponseEntity<String> deployed = deploy("designer1", ChangedJourneys.changedAnnualReview());
        testDeployments.add(json.readTree(deployed.getBody()).get("id").asText());
        String version2 = latestDefinitionId();
        String body = """
                {"migrationPlan": {"sourceProcessDefinitionId": "%s", "targetProcessDefinitionId": "%s", "instructions": [
                  {"sourceActivityIds": ["Timer_TimeToArrangeMeeting"], "targetActivityIds": ["Timer_TimeToArrangeMeeting"]}]},
                 "processInstanceIds": ["%s"]}""".formatted(version1, version2, annualReview(plan).getId());
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);

        assertThat(http.withBasicAuth("designer1", "designer1").postForEntity("/engine-rest/migration/execute",
                new org.springframework.http.HttpEntity<>(body, headers), String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> moved = http.withBasicAuth("admin", "admin").postForEntity("/engine-rest/migration/execute",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);

        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(204);
        assertThat(annualReview(plan).getProcessDefinitionId()).isEqualTo(version2);
        JsonNode recorded = get("designer1", "/api/models/deployments").get("migrations").get(0);
        assertThat(recorded.get("requestedBy").asText()).isEqualTo("admin");
        assertThat(recorded.get("requestedThrough").asText()).isEqualTo("Camunda");
        assertThat(recorded.get("instancesMoved").asInt()).isOne();
        assertThat(recorded.get("fromDefinitionId").asText()).isEqualTo(version1);
    }

    @Test
    void noDeploymentIsDeletedWhileCasesRunOnItNotEvenByAnAdministrator() throws Exception {
        String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("ehc-needs-assessment")
                .latestVersion().singleResult().getDeploymentId();
        runtime.startProcessInstanceByKey("ehc-needs-assessment", TestCases.register(cases, "officer1").reference(),
                java.util.Map.of("requestReceived", "2026-01-05"));

        ResponseEntity<String> wipe = http.withBasicAuth("admin", "admin").exchange("/engine-rest/deployment/" + deploymentId
                + "?cascade=true&skipCustomListeners=true", HttpMethod.DELETE, null, String.class);

        assertThat(wipe.getStatusCode().value()).as(wipe.getBody()).isEqualTo(409);
        assertThat(json.readTree(wipe.getBody()).get("message").asText()).contains("still runs", "migration");
        assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isOne();
    }

    private CaseRecord planIssued() {
        CaseRecord c = TestCases.register(cases, "officer1");
        runtime.createMessageCorrelation("plan-issued").processInstanceBusinessKey(c.reference())
                .setVariable("reviewBase", "2025-03-31").correlateStartMessage();
        CaseJobs.runDue(runtime, management, c.reference());
        return c;
    }

    private ProcessInstance annualReview(CaseRecord c) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(c.reference())
                .singleResult();
    }

    private String latestDefinitionId() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId();
    }

    private void runBatches() {
        ChangedJourneys.runBatches(management);
    }

    private ResponseEntity<String> deploy(String user, String bpmn) {
        return ChangedJourneys.deployFromTheModeler(http, user, "bpmn/annual-review.bpmn", bpmn);
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth(user, user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> post(String user, String path) {
        return http.withBasicAuth(user, user).postForEntity(path, null, String.class);
    }

    private static JsonNode olderVersion(JsonNode report, String definitionId) {
        for (JsonNode version : report.get("olderVersions")) {
            if (version.get("definitionId").asText().equals(definitionId)) {
                return version;
            }
        }
        throw new AssertionError("no older version " + definitionId + " in " + report);
    }
}
