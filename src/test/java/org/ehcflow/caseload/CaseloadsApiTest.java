package org.ehcflow.caseload;

import static org.assertj.core.api.Assertions.*;
import static org.ehcflow.ApiAnswers.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.SentMessages;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.identity.Groups;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
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

/**
 * The managers' caseloads and the moving of cases through the API. Each test works with officers of its own, added
 * to case-officers for the test, so the demo officers' counts do not matter.
 */
@EhcFlowIntegrationTest
class CaseloadsApiTest {

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired NotificationService notifications;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();
    final List<String> testOfficers = new ArrayList<>();

    @AfterEach
    void removeTestOfficers() {
        testOfficers.forEach(identity::deleteUser);
    }

    @Test
    void aManagerSeesEveryOfficersCaseloadWithTheStatutoryDeadlinesOfTheirCases() throws Exception {
        String officer = officer("Tess", "Load");
        LocalDate today = Today.inLondon();
        CaseRecord first = TestCases.register(cases, officer);
        CaseRecord second = TestCases.register(cases, officer);
        deadlines.open(first.reference(), DeadlineKey.ASSESSMENT_DECISION, null, today.minusWeeks(5), today.plusDays(3), today);
        deadlines.open(first.reference(), DeadlineKey.ADVICE_MEDICAL, null, today.minusWeeks(7), today.minusDays(5), today);
        deadlines.open(second.reference(), DeadlineKey.ADVICE_SOCIAL_CARE, null, today.minusWeeks(8), today.minusDays(10), today);
        deadlines.open(second.reference(), DeadlineKey.ADVICE_EDUCATIONAL, null, today.minusWeeks(12), today.minusDays(40), today);

        ResponseEntity<String> complaint = post("officer1", "/api/cases/" + first.reference() + "/complaints", """
                {"kind": "COMPLAINT", "receivedOn": "%s", "complainantName": "Kim Parent", "summary": "No reply"}""".formatted(today));
        assertThat(complaint.getStatusCode()).as(complaint.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> logged = get("officer1", complaint.getHeaders().getLocation().getPath());
        assertThat(logged.getStatusCode()).as(logged.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(logged.getBody()).get("summary").asText()).isEqualTo("No reply");
        assertThat(get("officer1", "/api/cases/" + first.reference() + "/complaints/999999999").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertRefusedNaming(post("officer1", "/api/cases/" + first.reference() + "/complaints", """
                {"kind": "GRUMBLE", "receivedOn": "%s", "complainantName": "Kim Parent", "summary": "No reply"}""".formatted(today)), "kind");

        ResponseEntity<String> team = get("manager1", "/api/caseloads");
        assertThat(team.getStatusCode()).as(team.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode rows = json.readTree(team.getBody());
        assertThat(rows.findValuesAsText("officer")).contains("officer1", "officer2", "officer3", officer);
        JsonNode row = row(rows, officer);
        assertThat(row.get("name").asText()).isEqualTo("Tess Load");
        assertThat(row.get("openCases").asInt()).isEqualTo(2);
        assertThat(row.get("openTasks").asLong()).as("the complaint's acknowledgement").isOne();
        assertThat(row.get("dueWithin7Days").asInt()).as("ASSESSMENT_DECISION and COMPLAINT_ACK").isEqualTo(2);
        assertThat(row.get("overdue").asInt()).as("past their day and not done").isEqualTo(3);
        assertThat(row.get("breachedLast30Days").asInt())
                .as("found missed today, as they were opened past their day: counted by the day of the breach").isEqualTo(3);
        jdbc.sql("update deadline set breached_on = :longAgo where case_reference = :reference and deadline_key = 'ADVICE_EDUCATIONAL'")
                .param("longAgo", today.minusDays(31)).param("reference", second.reference()).update();
        assertThat(row(json.readTree(get("manager1", "/api/caseloads").getBody()), officer).get("breachedLast30Days").asInt())
                .as("not one missed 31 days ago").isEqualTo(2);
        assertThat(row.get("available").asBoolean()).isTrue();
        assertThat(row.get("openComplaints").asInt()).isEqualTo(1);
        assertThat(json.readTree(get("officer1", "/api/cases/" + first.reference()).getBody()).get("openComplaints"))
                .as("on the case").singleElement().satisfies(open -> {
                    assertThat(open.get("kind").asText()).isEqualTo("COMPLAINT");
                    assertThat(open.get("status").asText()).isEqualTo("OPEN");
                });

        JsonNode held = json.readTree(get("manager1", "/api/caseloads/" + officer).getBody());
        assertThat(held.get("cases").findValuesAsText("reference")).as("the most pressing first")
                .containsExactly(second.reference(), first.reference());
        assertThat(held.get("cases").get(0).get("nextDeadline").get("key").asText()).isEqualTo("ADVICE_EDUCATIONAL");
        assertThat(held.get("cases").get(1).get("nextDeadline").get("dueDate").asText()).isEqualTo(today.minusDays(5).toString());
        assertThat(figures(held.get("caseload"))).as("one officer's row, counted apart").isEqualTo(List.of(2, 3, 2));

        jdbc.sql("update deadline set met_on = :today where case_reference = :reference and deadline_key = 'ADVICE_MEDICAL'")
                .param("today", today).param("reference", first.reference()).update();
        assertThat(figures(row(json.readTree(get("manager1", "/api/caseloads").getBody()), officer)))
                .as("done late: no longer overdue, still missed this month").isEqualTo(List.of(2, 2, 2));
        assertThat(figures(json.readTree(get("manager1", "/api/caseloads/" + officer).getBody()).get("caseload")))
                .isEqualTo(List.of(2, 2, 2));

        ResponseEntity<String> away = post("manager1", "/api/caseloads/" + officer + "/absences", """
                {"from": "%s", "to": "%s", "reason": "Annual leave"}""".formatted(today.minusDays(1), today.plusDays(4)));
        assertThat(away.getStatusCode()).as(away.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(row(json.readTree(get("manager1", "/api/caseloads").getBody()), officer).get("available").asBoolean()).isFalse();
        assertRefusedNaming(post("manager1", "/api/caseloads/" + officer + "/absences", """
                {"from": "%s", "to": "%s", "reason": "Leave"}""".formatted(today, today.minusDays(1))), "to");
    }

    @Test
    void onlyManagersSeeCaseloadsAndMoveCasesAnOfficerGets403AndNothingChanges() throws Exception {
        String officer = officer("Owen", "Own");
        CaseRecord c = TestCases.register(cases, officer);
        String task = officerTaskOf(c);

        assertThat(get("officer1", "/api/caseloads").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("officer1", "/api/cases/" + c.reference() + "/reassign", """
                {"to": "officer3", "reason": "I am too busy"}""").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("officer1", "/api/caseloads/" + officer + "/reassign", """
                {"to": "officer3", "reason": "I am too busy"}""").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(officer, "/engine-rest/task/" + task + "/assignee", """
                {"userId": "officer3"}""").getStatusCode()).as("Tasklist's reassign, for the officer holding the task")
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(cases.find(c.reference()).orElseThrow().caseOfficer()).isEqualTo(officer);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(officer);
        assertRefusedNaming(post("manager1", "/api/cases/" + c.reference() + "/reassign", """
                {"to": "officer3"}"""), "reason");
        assertRefusedNaming(post("manager1", "/api/cases/" + c.reference() + "/reassign", """
                {"to": "health1", "reason": "Cover"}"""), "to");
        assertThat(cases.find(c.reference()).orElseThrow().caseOfficer()).isEqualTo(officer);
    }

    @Test
    void aManagerMovesOneCaseWithItsOpenTasksAndAHandoverNote() throws Exception {
        String officer = officer("Una", "One");
        CaseRecord c = TestCases.register(cases, officer);
        String task = officerTaskOf(c);

        ResponseEntity<String> moved = post("manager1", "/api/cases/" + c.reference() + "/reassign", """
                {"to": "officer2", "reason": "Una is on long-term sick leave"}""");

        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("officer2");
        JsonNode caseView = json.readTree(get("manager1", "/api/cases/" + c.reference()).getBody());
        assertThat(caseView.get("caseOfficer").asText()).isEqualTo("officer2");
        assertThat(caseView.get("handovers")).singleElement().satisfies(note -> {
            assertThat(note.get("fromOfficer").asText()).isEqualTo(officer);
            assertThat(note.get("toOfficer").asText()).isEqualTo("officer2");
            assertThat(note.get("reason").asText()).isEqualTo("Una is on long-term sick leave");
            assertThat(note.get("handedOverBy").asText()).isEqualTo("manager1");
        });
        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(SentMessages.last(notifications, c.reference(), RecipientRole.OFFICER)).satisfies(n -> {
            assertThat(n.recipientName()).contains("Omar");
            assertThat(n.body()).contains(c.reference(), "Una is on long-term sick leave");
        });
    }

    @Test
    void aBulkMoveOfTwentyCasesLeavesNoTaskWithTheOldOfficerAndEveryCaseHasItsHandoverNote() throws Exception {
        String officer = officer("Bea", "Bulk");
        List<CaseRecord> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CaseRecord c = TestCases.register(cases, officer);
            officerTaskOf(c);
            twenty.add(c);
        }
        assertThat(assignedTo(officer)).hasSize(20);

        ResponseEntity<String> moved = post("manager1", "/api/caseloads/" + officer + "/reassign", """
                {"to": "officer3", "reason": "Bea leaves the team"}""");

        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(moved.getBody())).hasSize(20);
        assertThat(assignedTo(officer)).as("/engine-rest/task?assignee=" + officer).isEmpty();
        for (CaseRecord c : twenty) {
            JsonNode caseView = json.readTree(get("manager1", "/api/cases/" + c.reference()).getBody());
            assertThat(caseView.get("caseOfficer").asText()).isEqualTo("officer3");
            assertThat(caseView.get("handovers").get(0).get("reason").asText()).isEqualTo("Bea leaves the team");
            JsonNode timeline = json.readTree(get("manager1", "/api/cases/" + c.reference() + "/timeline").getBody());
            assertThat(timeline.findValuesAsText("kind")).contains("JOURNEY_STARTED", "HANDOVER");
            assertThat(timeline.findValuesAsText("what")).anyMatch(what -> what.equals(
                    "Handed over from " + officer + " to officer3: Bea leaves the team"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskDefinitionKey("Task_RecordParentViews")
                    .singleResult().getAssignee())
                    .isEqualTo("officer3");
        }
        String toldOn = json.readTree(moved.getBody()).get(0).get("caseReference").asText();
        CaseJobs.runDue(runtime, management, toldOn);
        assertThat(SentMessages.last(notifications, toldOn, RecipientRole.OFFICER).body())
                .as("one message listing every case received")
                .contains(twenty.stream().map(CaseRecord::reference).toArray(String[]::new));
    }

    @Test
    void casesSpreadByLeastLoadGoToNoOfficerAwayToday() throws Exception {
        String leaving = officer("Lee", "Leaving");
        String away = officer("Ada", "Away");
        String light = officer("Lia", "Light");
        LocalDate today = Today.inLondon();
        post("manager1", "/api/caseloads/" + away + "/absences", """
                {"from": "%s", "to": "%s", "reason": "Sickness"}""".formatted(today, today.plusDays(2)));
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(TestCases.register(cases, leaving).reference());
        }

        ResponseEntity<String> moved = post("manager1", "/api/caseloads/" + leaving + "/reassign", """
                {"spread": true, "reason": "Lee's cases shared out", "cases": ["%s", "%s"]}""".formatted(references.get(0), references.get(1)));

        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(moved.getBody()).findValuesAsText("toOfficer")).as("to those with fewest, never the absent")
                .hasSize(2).doesNotContain(away, leaving).contains(light);
        assertThat(cases.find(references.get(2)).orElseThrow().caseOfficer()).as("not selected").isEqualTo(leaving);
        assertRefusedNaming(post("manager1", "/api/caseloads/" + leaving + "/reassign", """
                {"spread": true, "reason": "Again", "cases": ["%s"]}""".formatted(references.get(0))), "cases");
    }

    /** A case officer of the test's own, with no cases yet. */
    private String officer(String firstName, String lastName) {
        String id = org.ehcflow.TestUsers.create(identity, "test", Groups.CASE_OFFICERS, firstName, lastName);
        testOfficers.add(id);
        return id;
    }

    /** The case's needs assessment started, up to its first officer task: "Record the parent's views". */
    private String officerTaskOf(CaseRecord c) {
        // received today, so that no clock of the journey is already due
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", Today.inLondon().toString()));
        CaseJobs.runDue(runtime, management, c.reference());
        return tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskDefinitionKey("Task_RecordParentViews")
                .singleResult().getId();
    }

    private JsonNode assignedTo(String officer) throws Exception {
        ResponseEntity<String> answer = get("manager1", "/engine-rest/task?assignee=" + officer);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    /** Due within 7 days, overdue, missed in the last 30 days. */
    private static List<Integer> figures(JsonNode row) {
        return List.of(row.get("dueWithin7Days").asInt(), row.get("overdue").asInt(), row.get("breachedLast30Days").asInt());
    }

    private static JsonNode row(JsonNode rows, String officer) {
        for (JsonNode row : rows) {
            if (row.get("officer").asText().equals(officer)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + officer);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, org.ehcflow.TestUsers.passwordOf(user)).getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, org.ehcflow.TestUsers.passwordOf(user)).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
