package org.ehcflow.review;

import static org.assertj.core.api.Assertions.*;
import static org.ehcflow.ApiAnswers.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Existing plans brought under the review timers through the API: one case at a time, or a council's CSV. */
@EhcFlowIntegrationTest
class PlansApiTest {

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPlanIssuedOn30June2025WithNoReviewIsDueForReviewOn30June2026() throws Exception {
        today("2026-01-15T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");

        ResponseEntity<String> response = post("officer1", "/api/cases/" + c.reference() + "/plan", """
                {"planIssued": "2025-06-30"}""", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode review = deadline(json.readTree(response.getBody()), "REVIEW_MEETING");
        assertThat(review.get("dueDate").asText()).isEqualTo("2026-06-30");
        assertThat(review.get("status").asText()).isEqualTo("OPEN");
        assertThat(json.readTree(response.getBody()).get("stage").asText()).isEqualTo("PLAN_MAINTAINED");
    }

    @Test
    void theSamePlanBroughtInOnTheIssuesDate22November2026IsAlreadyOverdueAndBreached() throws Exception {
        today("2026-11-23T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");

        ResponseEntity<String> response = post("officer1", "/api/cases/" + c.reference() + "/plan", """
                {"planIssued": "2025-06-30"}""", MediaType.APPLICATION_JSON);

        JsonNode review = deadline(json.readTree(response.getBody()), "REVIEW_MEETING");
        assertThat(review.get("dueDate").asText()).isEqualTo("2026-06-30");
        assertThat(review.get("status").asText()).isEqualTo("BREACHED");
    }

    @Test
    void aBadPlanIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        today("2026-01-15T10:00:00Z");
        CaseRecord c = TestCases.register(cases, "officer1");
        String path = "/api/cases/" + c.reference() + "/plan";

        assertRefusedNaming(post("officer1", path, "{\"planIssued\": \"2026-02-01\"}", MediaType.APPLICATION_JSON), "planIssued");
        assertRefusedNaming(post("officer1", path, "{\"planIssued\": \"2025-06-30\", \"lastReviewMeeting\": \"2025-01-01\"}",
                MediaType.APPLICATION_JSON), "lastReviewMeeting");
        assertRefusedNaming(post("officer1", path, "{\"planIssued\": \"2025-06-30\", \"nextTransfer\": {\"date\": \"2027-09-01\","
                + " \"phase\": \"PRIMARY\"}}", MediaType.APPLICATION_JSON), "nextTransfer.phase");
        assertRefusedNaming(post("officer1", path, "{\"planIssued\": \"2025-06-30\", \"nextTransfer\": {\"phase\": \"OTHER\"}}",
                MediaType.APPLICATION_JSON), "nextTransfer.date");
        assertThat(annualReviews(c.reference())).isZero();
        assertThat(cases.plan(c.reference()).issued()).isNull();

        assertThat(post("officer1", "/api/cases/EHC-1999-00001/plan", "{\"planIssued\": \"2025-06-30\"}",
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("designer1", path, "{\"planIssued\": \"2025-06-30\"}", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("officer1", path, "{\"planIssued\": \"2025-06-30\"}", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("officer1", path, "{\"planIssued\": \"2025-06-30\"}", MediaType.APPLICATION_JSON)
                .getStatusCode()).as("a second time").isEqualTo(HttpStatus.CONFLICT);
        assertThat(annualReviews(c.reference())).isEqualTo(1);
    }

    @Test
    void fiveHundredPlansWithThreeBadRowsAreRefusedRowByRowThenImportedOnceWhenCorrected() throws Exception {
        today("2026-01-15T10:00:00Z");
        // 11 digits ending in 00000, so that the 500 UPNs share their first six digits (casesWithUpnsFrom)
        long upnBase = ThreadLocalRandom.current().nextLong(100_000, 900_000) * 100_000L;
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(",Child%d,Imported,2015-03-%02d,Z%011dA,Parent %d,parent%d@example.org,,Oakfield Primary School,100001,,2024-%02d-15,,,,"
                    .formatted(i, 1 + i % 28, upnBase + i, i, i, 1 + i % 12));
        }
        List<String> broken = new ArrayList<>(rows);
        broken.set(8, broken.get(8).replace(",2024-09-15,", ",2024-13-15,"));    // line 10: no such month
        broken.set(198, broken.get(198).replace(",Imported,", ",,"));             // line 200: no family name
        broken.set(398, broken.get(398).replace(",2024-03-15,,,,", ",2024-03-15,,2027-09-01,PRIMARY,"));  // line 400

        for (int attempt = 0; attempt < 2; attempt++) {
            ResponseEntity<String> refused = post("manager1", "/api/plans/import", csv(broken), MediaType.valueOf("text/csv"));
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode problem = json.readTree(refused.getBody());
            assertThat(problem.get("errors")).extracting(e -> e.get("line").asInt() + ":" + e.get("field").asText())
                    .containsExactly("10:plan_issued", "200:child_family_name", "400:next_transfer_kind");
            assertThat(problem.get("detail").asText()).contains("3 of the rows", "nothing was imported");
            assertThat(casesWithUpnsFrom(upnBase)).isZero();
        }

        ResponseEntity<String> imported = post("manager1", "/api/plans/import", csv(rows), MediaType.valueOf("text/csv"));
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(imported.getBody()).get("imported").asInt()).isEqualTo(500);
        assertThat(casesWithUpnsFrom(upnBase)).isEqualTo(500);

        ResponseEntity<String> again = post("manager1", "/api/plans/import", csv(rows), MediaType.valueOf("text/csv"));
        JsonNode result = json.readTree(again.getBody());
        assertThat(result.get("imported").asInt()).isZero();
        assertThat(result.get("alreadyImported").asInt()).isEqualTo(500);
        assertThat(casesWithUpnsFrom(upnBase)).isEqualTo(500);
        assertThat(jdbc.sql("""
                select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on e.PROC_DEF_ID_ = d.ID_
                join ehc_case c on c.reference = e.BUSINESS_KEY_
                where d.KEY_ = 'annual-review' and e.PARENT_ID_ is null and c.child_upn like :prefix""")
                .param("prefix", "Z" + Long.toString(upnBase).substring(0, 6) + "%").query(Integer.class).single())
                .as("one annual review per plan").isEqualTo(500);
    }

    @Test
    void theTemplateIsTheHeaderAndAnExampleThatImports() {
        today("2026-01-15T10:00:00Z");
        ResponseEntity<String> template = http.withBasicAuth("manager1", "manager1").getForEntity("/api/plans/import/template", String.class);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = template.getBody().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("case_reference,child_given_name,child_family_name,child_date_of_birth");
        String unique = template.getBody().replace("A123456789012", "B%011dC".formatted(ThreadLocalRandom.current().nextLong(1L, 99_999_999_999L)));
        assertThat(post("manager1", "/api/plans/import", unique, MediaType.valueOf("text/csv")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("officer1", "/api/plans/import", unique, MediaType.valueOf("text/csv")).getStatusCode())
                .as("an import is for managers").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPlansSen2DetailsComeInWithItOrTheRowIsRefusedNamingTheColumn() throws Exception {
        today("2026-01-15T10:00:00Z");
        String upn = "Z%011dS".formatted(ThreadLocalRandom.current().nextLong(1L, 99_999_999_999L));
        String row = ",Ffion,Imported,2015-03-02," + upn + ",Parent,,,Oakfield Primary School,100001,,2024-05-15,,,,,"
                + "%s,MWBA,b29 6aa,,,PMLD,,";
        ResponseEntity<String> refused = post("manager1", "/api/plans/import", csv(List.of(row.formatted("Female"))),
                MediaType.valueOf("text/csv"));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(refused.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("child_sex");
        assertThat(error.get("detail").asText()).startsWith("child_sex must be M, F or U");

        ResponseEntity<String> imported = post("manager1", "/api/plans/import", csv(List.of(row.formatted("F"))),
                MediaType.valueOf("text/csv"));
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        String reference = json.readTree(imported.getBody()).get("rows").get(0).get("reference").asText();
        assertThat(cases.sen2Details(reference)).isEqualTo(new org.ehcflow.casefile.Sen2Details("F", "MWBA", "B29 6AA",
                null, null, "PMLD", null, null, null));
    }

    @Test
    void aFileLongerThanABatchIsWrittenInBatchesAndImportingItAgainAddsNothing() throws Exception {
        today("2026-01-15T10:00:00Z");
        int plans = PlanImport.BATCH * 2 + 17;
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        StringBuilder csv = new StringBuilder("case_reference,child_given_name,child_family_name,child_date_of_birth,"
                + "plan_issued,parent_name,case_officer\n");
        for (int i = 0; i < plans; i++) {
            csv.append("BATCH-%s-%04d,Child,Batch%d,2016-03-%02d,2025-09-01,Parent,officer%d\n".formatted(run, i, i, 1 + i % 28, 1 + i % 3));
        }

        ResponseEntity<String> first = post("manager1", "/api/plans/import", csv.toString(), MediaType.valueOf("text/csv"));
        ResponseEntity<String> again = post("manager1", "/api/plans/import", csv.toString(), MediaType.valueOf("text/csv"));

        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(first.getBody()).get("imported").asInt()).isEqualTo(plans);
        assertThat(json.readTree(again.getBody()).get("imported").asInt()).isZero();
        assertThat(json.readTree(again.getBody()).get("alreadyImported").asInt()).isEqualTo(plans);
        assertThat(jdbc.sql("select count(*) from ehc_case where reference like :prefix and plan_issue_date is not null")
                .param("prefix", "BATCH-" + run + "-%").query(Integer.class).single()).isEqualTo(plans);
        assertThat(annualReviews("BATCH-%s-%04d".formatted(run, plans - 1))).isOne();
    }

    @Test
    void aChildOnARowWithItsReferenceAndOnALaterRowWithoutOneGetsOneCase() throws Exception {
        today("2026-01-15T10:00:00Z");
        String upn = "Z%011dT".formatted(ThreadLocalRandom.current().nextLong(1L, 99_999_999_999L));
        String reference = "TWICE-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String csv = "case_reference,child_given_name,child_family_name,child_date_of_birth,child_upn,plan_issued,parent_name\n"
                + reference + ",Rhys,Twice,2016-04-02," + upn + ",2025-09-01,Parent\n"
                + ",Rhys,Twice,2016-04-02," + upn + ",2025-09-01,Parent\n";

        ResponseEntity<String> response = post("manager1", "/api/plans/import", csv, MediaType.valueOf("text/csv"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode rows = json.readTree(response.getBody()).get("rows");
        assertThat(rows.get(0).get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(rows.get(1).get("outcome").asText()).isEqualTo("ALREADY_IMPORTED");
        assertThat(rows.get(1).get("reference").asText()).isEqualTo(reference);
        assertThat(jdbc.sql("select count(*) from ehc_case where child_upn = :upn").param("upn", upn)
                .query(Integer.class).single()).isOne();
        assertThat(annualReviews(reference)).isOne();
    }

    private String csv(List<String> rows) {
        return String.join(",", PlanImportColumns.ALL) + "\n" + String.join("\n", rows) + "\n";
    }

    private int casesWithUpnsFrom(long upnBase) {
        return jdbc.sql("select count(*) from ehc_case where child_upn like :prefix and plan_issue_date is not null")
                .param("prefix", "Z" + Long.toString(upnBase).substring(0, 6) + "%").query(Integer.class).single();
    }

    private long annualReviews(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AnnualReview.PROCESS)
                .processInstanceBusinessKey(reference).count();
    }



    private ResponseEntity<String> post(String user, String path, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static void today(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}
