package org.ehcflow.assessment;

import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestChildren;
import org.ehcflow.EngineOnlyApplication;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRegistration;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The needs assessment through the product's API, as another council system would drive it. */
@EhcFlowIntegrationTest
class CasesApiTest {

    static final String REQUEST = """
            {"child": {"givenName": "Leo", "familyName": "Marsh", "dateOfBirth": "2019-06-30", "upn": "A123456789012"},
             "requestReceived": "2026-01-05", "requester": "PARENT",
             "parent": {"name": "Sam Marsh", "email": "sam.marsh@example.org", "phone": "07700 900456"},
             "school": {"name": "Brookside Primary", "urn": "123456", "email": "senco@brookside.example.org"}}""";

    /** The request of {@link #REQUEST} for a child of its own. */
    static String request() {
        return REQUEST.replace("A123456789012", TestChildren.upn()).replace("\"Marsh\"", "\"" + TestChildren.familyName("Marsh") + "\"");
    }

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired NotificationService notifications;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void today() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-06T10:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRequestReceivedOn5JanuaryIsDueForDecisionOn16FebruaryAndItsPlanOn25May() throws Exception {
        ResponseEntity<String> created = post("officer2", "/api/cases", request());

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String reference = json.readTree(created.getBody()).get("reference").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/cases/" + reference);
        JsonNode c = get("officer2", "/api/cases/" + reference);
        assertThat(c.get("caseOfficer").asText()).isIn("officer1", "officer2", "officer3");
        assertThat(c.get("stage").asText()).isEqualTo("CONSIDERING_REQUEST");
        Map<String, JsonNode> deadlines = new HashMap<>();
        c.get("deadlines").forEach(d -> deadlines.put(d.get("key").asText(), d));
        assertThat(deadlines.get("ASSESSMENT_DECISION").get("dueDate").asText()).isEqualTo("2026-02-16");
        assertThat(deadlines.get("ASSESSMENT_DECISION").get("status").asText()).isEqualTo("OPEN");
        assertThat(deadlines.get("FINAL_PLAN").get("dueDate").asText()).isEqualTo("2026-05-25");
        assertThat(deadlines.get("FINAL_PLAN").get("status").asText()).isEqualTo("OPEN");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NeedsAssessment.PROCESS)
                .processInstanceBusinessKey(reference).count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing requestReceived    | "requestReceived": "2026-01-05",  |                                  | requestReceived
            future requestReceived     | "requestReceived": "2026-01-05"   | "requestReceived": "2026-01-07"  | requestReceived
            malformed requestReceived  | "requestReceived": "2026-01-05"   | "requestReceived": "05/01/2026"  | requestReceived
            birth after the request    | "dateOfBirth": "2019-06-30"       | "dateOfBirth": "2026-01-06"      | child.dateOfBirth
            unknown requester          | "requester": "PARENT"             | "requester": "GRANDPARENT"       | requester
            missing child's name       | "givenName": "Leo",               |                                  | child.givenName
            """)
    void aBadRequestIsRefusedNamingTheFieldAndCreatesNothing(String why, String replace, String with, String field)
            throws Exception {
        int casesBefore = count("ehc_case");
        int instancesBefore = (int) runtime.createProcessInstanceQuery().count();

        ResponseEntity<String> refused = post("officer1", "/api/cases", REQUEST.replace(replace, with == null ? "" : with));

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(refused.getBody()).get("field").asText()).isEqualTo(field);
        assertThat(count("ehc_case")).isEqualTo(casesBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void sixCasesInARowAreSpreadOverTheThreeOfficers() {
        try (ConfigurableApplicationContext fresh = EngineOnlyApplication.start()) {
            CaseRegistration registration = fresh.getBean(CaseRegistration.class);
            List<String> officers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                CaseRecord c = registration.register(new NewCase(
                        new NewCase.Child("Child" + i, "Spread", LocalDate.of(2018, 1, 1), null),
                        LocalDate.of(2026, 1, 5), CaseRecord.Requester.SCHOOL,
                        new NewCase.Parent("Parent " + i, null, null), null)).caseRecord();
                officers.add(c.caseOfficer());
            }
            assertThat(officers.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())))
                    .containsOnlyKeys("officer1", "officer2", "officer3")
                    .allSatisfy((officer, count) -> assertThat(count).isEqualTo(2L));
        }
    }

    /** Also the acceptance of issue 13: a child named "{childName} {oops}" gets every letter, the name as typed. */
    @Test
    void theWholeJourneyThroughTheApiTellsParentHealthSocialCareAndSchool() throws Exception {
        String namedWithBraces = request().replace("\"givenName\": \"Leo\"", "\"givenName\": \"{childName}\"")
                .replaceFirst("\"familyName\": \"[^\"]*\"", "\"familyName\": \"{oops}\"")
                .replace("2019-06-30", TestChildren.dateOfBirth().toString());
        String reference = json.readTree(post("officer1", "/api/cases", namedWithBraces).getBody()).get("reference").asText();
        String officer = get("officer1", "/api/cases/" + reference).get("caseOfficer").asText();
        runJobs(reference);
        complete(reference, "Task_RecordParentViews", Map.of("parentViews", "Leo is struggling", "parentViewsReceivedOn", "2026-01-06"));
        complete(reference, "Task_DecideWhetherToAssess", Map.of("assessDecision", "ASSESS"));
        runJobs(reference);

        assertThat(post("social1", "/api/cases/" + reference + "/advice/medical", "{}").getStatusCode())
                .as("only health may submit medical advice").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("health1", "/api/cases/" + reference + "/advice/medical", "{\"receivedOn\": \"2026-01-06\"}")
                .getStatusCode()).as("document and author are required").isEqualTo(HttpStatus.BAD_REQUEST);
        for (String[] partner : new String[][] {{"school1", "educational"}, {"health1", "medical"},
                {"ep1", "psychological"}, {"social1", "social-care"}}) {
            ResponseEntity<String> submitted = post(partner[0], "/api/cases/" + reference + "/advice/" + partner[1],
                    "{\"document\": \"EDRMS/" + partner[1] + "\", \"author\": \"" + partner[0] + "\"}");
            assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(post("health1", "/api/cases/" + reference + "/advice/medical",
                "{\"document\": \"again\", \"author\": \"health1\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runJobs(reference);

        complete(reference, "Task_DecideWhetherToIssuePlan", Map.of("planDecision", "ISSUE", "planDecisionReason", "High needs"));
        complete(reference, "Task_DraftPlan", Map.of("sectionB", "Autism", "sectionE", "Friendships", "sectionF", "1:1 support",
                "draftPlanDocument", "EDRMS/draft/1"));
        runJobs(reference);
        complete(reference, "Task_RecordParentComments", Map.of("preferredSchoolName", "Brookside Primary",
                "preferredSchoolEmail", "senco@brookside.example.org"));
        runJobs(reference);
        complete(reference, "Task_RecordSchoolResponse", Map.of("schoolResponse", "CAN_MEET_NEEDS", "schoolRespondedOn", "2026-01-06"));
        complete(reference, "Task_FinaliseAndIssuePlan", Map.of("namedSchoolName", "Brookside Primary",
                "namedSchoolEmail", "senco@brookside.example.org", "finalPlanDocument", "EDRMS/plan/1",
                "earlyFinalisationReason", "The parent agreed the draft and named Brookside the day it was sent"));
        runJobs(reference);

        JsonNode c = get("officer1", "/api/cases/" + reference);
        assertThat(c.get("stage").asText()).isEqualTo("PLAN_MAINTAINED");
        assertThat(c.get("caseOfficer").asText()).isEqualTo(officer);
        c.get("deadlines").forEach(d -> assertThat(d.get("status").asText()).as(d.toString())
                .isEqualTo(List.of("REVIEW_MEETING", "MEDIATION_CONTACT", "APPEAL_LODGE").contains(d.get("key").asText()) ? "OPEN" : "MET"));
        Map<RecipientRole, List<String>> subjects = notifications.forCase(reference).stream()
                .collect(Collectors.groupingBy(Notification::recipientRole,
                        Collectors.mapping(Notification::subject, Collectors.toList())));
        assertThat(subjects.get(RecipientRole.PARENT)).anyMatch(s -> s.startsWith("Your request for an EHC needs assessment"))
                .anyMatch(s -> s.startsWith("Decision: we will carry out")).anyMatch(s -> s.startsWith("The draft EHC plan"))
                .anyMatch(s -> s.startsWith("The final EHC plan"));
        assertThat(subjects.get(RecipientRole.HEALTH)).anyMatch(s -> s.startsWith("EHC needs assessment request being considered"))
                .anyMatch(s -> s.startsWith("Request for medical advice")).anyMatch(s -> s.startsWith("The final EHC plan"));
        assertThat(subjects.get(RecipientRole.SOCIAL_CARE)).anyMatch(s -> s.startsWith("EHC needs assessment request being considered"))
                .anyMatch(s -> s.startsWith("Request for social care advice"));
        assertThat(subjects.get(RecipientRole.SCHOOL)).anyMatch(s -> s.startsWith("EHC needs assessment agreed"))
                .anyMatch(s -> s.startsWith("Request for educational advice"));
        assertThat(subjects.get(RecipientRole.NAMED_SCHOOL)).anyMatch(s -> s.startsWith("The final EHC plan"));
        assertThat(notifications.forCase(reference)).as("every letter names the child as typed")
                .filteredOn(n -> (n.subject() + n.body()).contains("{oops}")).hasSizeGreaterThan(15)
                .allSatisfy(n -> assertThat((n.subject() + n.body()).replace("{childName} {oops}", "")).doesNotContain("{oops}"));

        ResponseEntity<String> tooLate = post("manager1", "/api/cases/" + reference + "/withdrawal", "{\"reason\": \"x\"}");
        assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyTheNamedOfficerOrAManagerWithdrawsARequest() throws Exception {
        JsonNode registered = json.readTree(post("officer1", "/api/cases", request()).getBody());
        String reference = registered.get("reference").asText();
        String named = registered.get("caseOfficer").asText();
        String other = "officer1".equals(named) ? "officer2" : "officer1";

        ResponseEntity<String> refused = post(other, "/api/cases/" + reference + "/withdrawal", "{\"reason\": \"Not mine\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("named officer (" + named + ")");
        assertThat(get(named, "/api/cases/" + reference).get("stage").asText()).isEqualTo("CONSIDERING_REQUEST");

        ResponseEntity<String> withdrawn = post(named, "/api/cases/" + reference + "/withdrawal",
                "{\"reason\": \"The family moved away\"}");
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anExceptionWithoutItsDetailIsRefusedNamingTheField() throws Exception {
        String reference = json.readTree(post("officer1", "/api/cases", request()).getBody()).get("reference").asText();
        ResponseEntity<String> refused = post("officer1", "/api/cases/" + reference + "/exceptions",
                "{\"circumstance\": \"PERSONAL_CIRCUMSTANCES\", \"from\": \"2026-01-05\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("field").asText()).isEqualTo("detail");
        assertThat(get("officer1", "/api/cases/" + reference).get("deadlines").findValues("exception"))
                .allSatisfy(e -> assertThat(e.isNull()).isTrue());

        ResponseEntity<String> recorded = post("officer1", "/api/cases/" + reference + "/exceptions",
                "{\"circumstance\": \"PERSONAL_CIRCUMSTANCES\", \"detail\": \"Child in hospital\", \"from\": \"2026-01-05\"}");
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(recorded.getBody()).get("deadlines").findValues("exception"))
                .allSatisfy(e -> assertThat(e.get("reason").asText()).isEqualTo("PERSONAL_CIRCUMSTANCES"));
    }

    @Test
    void aRequestWithinSixMonthsOfACompletedAssessmentIsFlaggedNotRefused() throws Exception {
        String sameChild = request();
        String earlier = json.readTree(post("officer1", "/api/cases", sameChild).getBody()).get("reference").asText();
        jdbc.sql("update ehc_case set assessment_outcome = 'NOT_ISSUE', assessment_outcome_date = date '2025-09-01',"
                + " stage = 'ASSESSED_NO_PLAN' where reference = :reference").param("reference", earlier).update();

        ResponseEntity<String> again = post("officer1", "/api/cases", sameChild);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode c = json.readTree(again.getBody());
        assertThat(c.get("flags").get(0).asText()).contains("2025-09-01", "s.36(6)");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.get("reference").asText())
                .variableValueEquals("recentAssessmentCompletedOn", "2025-09-01").count()).isEqualTo(1);
    }

    @Test
    void theSameChildIsFoundByUpnWhateverTheSpellingAndWithoutAUpnByDateOfBirthAndNamesInAnyCase() throws Exception {
        String first = request();
        String earlier = json.readTree(post("officer1", "/api/cases", first).getBody()).get("reference").asText();

        ObjectNode sameUpn = (ObjectNode) json.readTree(first);
        ((ObjectNode) sameUpn.get("child")).put("givenName", "Leon");
        ObjectNode noUpn = (ObjectNode) json.readTree(first);
        ObjectNode child = (ObjectNode) noUpn.get("child");
        child.remove("upn");
        child.put("givenName", child.get("givenName").asText().toUpperCase()).put("familyName", child.get("familyName").asText().toUpperCase());

        for (JsonNode again : List.of(sameUpn, noUpn)) {
            ResponseEntity<String> refused = post("officer1", "/api/cases", again.toString());
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(json.readTree(refused.getBody()).get("existingCase").asText()).isEqualTo(earlier);
        }
    }

    @Test
    void aRequestEnteredThroughTheStartFormOpensItsCaseAndKeepsNoPersonalDetailsInTheProcess() {
        Map<String, Object> form = new HashMap<>(Map.of("requestReceived", "2026-01-05", "requester", "YOUNG_PERSON",
                "childGivenName", "Mia", "childFamilyName", "Rowe", "childDateOfBirth", "2008-02-14",
                "parentName", "Mia Rowe", "parentEmail", "mia.rowe@example.org"));
        String instanceId = runtime.startProcessInstanceByKey(NeedsAssessment.PROCESS, form).getId();

        String reference = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
        assertThat(reference).startsWith("EHC-2026-");
        assertThat(runtime.getVariables(instanceId)).containsEntry("requestReceived", "2026-01-05")
                .doesNotContainKeys("childGivenName", "childFamilyName", "childDateOfBirth", "parentName", "parentEmail");
        assertThat(jdbc.sql("select count(*) from deadline where case_reference = :r and status = 'OPEN'")
                .param("r", reference).query(Integer.class).single()).isEqualTo(2);

        int casesBefore = count("ehc_case");
        form.put("childDateOfBirth", "2026-01-06");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(NeedsAssessment.PROCESS, form))
                .hasMessageContaining("child.dateOfBirth");
        assertThat(count("ehc_case")).isEqualTo(casesBefore);
    }

    private void complete(String reference, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        tasks.complete(task.getId(), variables);
    }

    private void runJobs(String reference) {
        CaseJobs.runDue(runtime, management, reference);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, user).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
