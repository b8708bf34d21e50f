package org.ehcflow.retention;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestChildren;
import org.ehcflow.access.CaseTables;
import org.ehcflow.assessment.NeedsAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The retention on a simulated clock, with real journeys. Worked by hand (6 years after closure, and until the
 * child is 25 + 6 = 31): a request received on Monday 5 March 2018, assessed and then withdrawn on Monday
 * 2 April 2018, closes that day; for a child born on 1 May 1994 it is kept until the later of 2 April 2024 and
 * 1 May 2025, so it stays on 1 May 2025 and is removed on the night of 2 May 2025. The same case of a child born on
 * 1 June 2014 is kept until 1 June 2045; one withdrawn on Monday 6 January 2020 (born 1 July 1994) until 6 January
 * 2026; a case still being considered is never removed.
 */
@EhcFlowIntegrationTest
class RetentionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired Retention retention;
    @Autowired CaseTables caseTables;
    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired MeterRegistry meters;
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aClosedCaseIsRemovedWithItsHistoryOnceItsRetentionHasPassedAndNothingElseIs() throws Exception {
        String old = withdrawnAfterAssessment("1994-05-01", "2018-03-05", "2018-04-02");
        String young = withdrawnAfterAssessment("2014-06-01", "2018-03-05", "2018-04-02");
        String recent = withdrawnAfterAssessment("1994-07-01", "2019-12-02", "2020-01-06");
        String open = registered("1994-05-01", "2018-03-05");
        List<String> oldJourneys = journeysOf(old);
        assertThat(oldJourneys).as("the needs assessment and the advice requests it called").hasSizeGreaterThan(1);
        assertThat(engineHistoryRows(oldJourneys)).as("tasks, steps and values were recorded")
                .containsKeys("act_hi_taskinst", "act_hi_actinst", "act_hi_varinst");
        Map<String, Long> oldRows = productRows(old);
        assertThat(oldRows).containsKeys("ehc_case", "deadline", "notification", "case_access");
        Map<String, Map<String, Long>> keptRows = new HashMap<>();
        Map<String, Map<String, Long>> keptHistory = new HashMap<>();
        for (String kept : List.of(young, recent, open)) {
            keptRows.put(kept, productRows(kept));
            keptHistory.put(kept, engineHistoryRows(journeysOf(kept)));
        }

        today("2025-05-01");
        assertThat(retention.run()).extracting(CaseRemoval.Removal::reference).as("the last day it is kept")
                .doesNotContain(old, young, recent, open);
        assertThat(productRows(old)).isEqualTo(oldRows);

        today("2025-05-02");
        List<CaseRemoval.Removal> removed = retention.run();

        assertThat(removed).extracting(CaseRemoval.Removal::reference).contains(old).doesNotContain(young, recent, open);
        assertThat(productRows(old)).as("no row of any table names the case").isEmpty();
        assertThat(engineHistoryRows(oldJourneys)).as("no engine history of its journeys").isEmpty();
        for (String kept : List.of(young, recent, open)) {
            assertThat(productRows(kept)).as(kept).isEqualTo(keptRows.get(kept));
            assertThat(engineHistoryRows(journeysOf(kept))).as(kept).isEqualTo(keptHistory.get(kept));
        }
        JsonNode record = recordOf(old);
        assertThat(record.get("closedOn").asText()).isEqualTo("2018-04-02");
        assertThat(record.get("keptUntil").asText()).isEqualTo("2025-05-01");
        assertThat(record.get("journeysRemoved").asInt()).isEqualTo(oldJourneys.size());
        assertThat(record.get("rowsRemoved").asText()).contains("ehc_case 1", "deadline " + oldRows.get("deadline"),
                "notification " + oldRows.get("notification"));
        assertThat(retention.run()).as("run again the same night").extracting(CaseRemoval.Removal::reference)
                .doesNotContain(old);
        assertThat(records(old)).isOne();

        today("2026-01-07");
        assertThat(retention.run()).extracting(CaseRemoval.Removal::reference).contains(recent).doesNotContain(young, open);
        assertThat(productRows(young)).isEqualTo(keptRows.get(young));

        today("2045-06-01");
        assertThat(retention.run()).extracting(CaseRemoval.Removal::reference).as("the child is 31 that day")
                .doesNotContain(young, open);
        today("2045-06-02");
        assertThat(retention.run()).extracting(CaseRemoval.Removal::reference).contains(young).doesNotContain(open);
        assertThat(productRows(open)).as("a case still being considered, however old").isEqualTo(keptRows.get(open));
        assertThat(recordOf(young).get("keptUntil").asText()).isEqualTo("2045-06-01");
    }

    @Test
    void twoNodesRunningTheRetentionAtOnceRemoveACaseOnce() throws Exception {
        String closed = withdrawnAfterAssessment("1993-02-01", "2018-03-05", "2018-04-02");
        today("2025-05-02");
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<CaseRemoval.Removal>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(nodes.submit((Callable<List<CaseRemoval.Removal>>) retention::run));
            }
            long removals = 0;
            for (Future<List<CaseRemoval.Removal>> run : runs) {
                removals += run.get().stream().filter(r -> r.reference().equals(closed)).count();
            }
            assertThat(removals).isOne();
        } finally {
            nodes.shutdownNow();
        }
        assertThat(records(closed)).isOne();
        assertThat(productRows(closed)).isEmpty();
    }

    @Test
    void aCaseThatCannotBeRemovedIsCountedKeptWholeAndHoldsBackNoOther() {
        String blocked = withdrawnAfterAssessment("1993-04-01", "2018-03-05", "2018-04-02");
        String other = withdrawnAfterAssessment("1993-05-01", "2018-03-05", "2018-04-02");
        Map<String, Long> blockedRows = productRows(blocked);
        Map<String, Long> blockedHistory = engineHistoryRows(journeysOf(blocked));
        double failedBefore = meters.counter("ehcflow.cases.removal.failed").count();
        // a table that refers to the case without naming it by case_reference: its row keeps the case from going
        jdbc.sql("create table retention_blocker (blocked varchar(32) references ehc_case (reference))").update();
        try {
            jdbc.sql("insert into retention_blocker (blocked) values (:r)").param("r", blocked).update();
            today("2025-05-02");

            assertThat(retention.run()).extracting(CaseRemoval.Removal::reference).contains(other).doesNotContain(blocked);

            assertThat(productRows(blocked)).as("nothing of it removed").isEqualTo(blockedRows);
            assertThat(engineHistoryRows(journeysOf(blocked))).as("its history neither").isEqualTo(blockedHistory);
            assertThat(records(blocked)).isZero();
            assertThat(meters.counter("ehcflow.cases.removal.failed").count()).isEqualTo(failedBefore + 1);
        } finally {
            jdbc.sql("drop table retention_blocker").update();
        }
        assertThat(retention.run()).as("the next night").extracting(CaseRemoval.Removal::reference).contains(blocked);
    }

    @Test
    void theEngineCleansItsHistoryOnlyInTheNightlyWindow() {
        String closed = withdrawnAfterAssessment("2012-02-01", "2018-03-05", "2018-04-02");
        List<String> journeys = journeysOf(closed);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(journeys)).list())
                .allSatisfy(journey -> assertThat(journey.getRemovalTime()).as("40 years after it ended: a backstop")
                        .isEqualTo(Date.from(journey.getEndTime().toInstant().atZone(ZoneId.systemDefault())
                                .plusDays(14610).toInstant())));
        Job cleanup = history.findHistoryCleanupJobs().get(0);
        assertThat(cleanup.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime())
                .as("scheduled at the window's start").isEqualTo(LocalTime.of(1, 0));
        // As if a designer had given these journeys a short time to live: the engine's cleanup takes them, at night
        history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(at("2019-01-01T00:00"))
                .byIds(journeys.toArray(String[]::new)).hierarchical().executeAsync();
        runBatches();

        ClockUtil.setCurrentTime(inSystemZone("2025-05-02T12:00"));
        management.executeJob(cleanup.getId());
        assertThat(engineHistoryRows(journeys)).as("at noon, outside the window").isNotEmpty();

        Job rescheduled = history.findHistoryCleanupJobs().get(0);
        ClockUtil.setCurrentTime(inSystemZone("2025-05-03T01:30"));
        management.executeJob(rescheduled.getId());
        assertThat(engineHistoryRows(journeys)).as("at half past one, inside the window").isEmpty();
    }

    // --- cases

    private String withdrawnAfterAssessment(String bornOn, String receivedOn, String withdrawnOn) {
        String reference = registered(bornOn, receivedOn);
        String officer = officerOf(reference);
        complete(reference, NeedsAssessment.TASK_RECORD_PARENT_VIEWS, Map.of("parentViews", "Needs help with reading",
                "parentViewsReceivedOn", receivedOn));
        complete(reference, NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS, Map.of("assessDecision", "ASSESS"));
        assertThat(send(officer, HttpMethod.GET, "/api/cases/" + reference, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        today(withdrawnOn);
        ResponseEntity<String> withdrawn = send(officer, HttpMethod.POST, "/api/cases/" + reference + "/withdrawal",
                "{\"reason\": \"The family moved away\"}");
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
        CaseJobs.runDue(runtime, management, reference);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
        return reference;
    }

    private String registered(String bornOn, String receivedOn) {
        today(receivedOn);
        ResponseEntity<String> registered = send("officer1", HttpMethod.POST, "/api/cases", """
                {"child": {"givenName": "Ruth", "familyName": "%s", "dateOfBirth": "%s"},
                 "requestReceived": "%s", "requester": "PARENT",
                 "parent": {"name": "Ada Quinn", "email": "ada.quinn@example.org", "phone": "07700 900555"}}"""
                .formatted(TestChildren.familyName("Quinn"), bornOn, receivedOn));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String reference = read(registered.getBody()).get("reference").asText();
        CaseJobs.runDue(runtime, management, reference);
        return reference;
    }

    private void complete(String reference, String taskKey, Map<String, Object> values) {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
        tasks.complete(task, values);
        CaseJobs.runDue(runtime, management, reference);
    }

    private String officerOf(String reference) {
        return jdbc.sql("select case_officer from ehc_case where reference = :r").param("r", reference)
                .query(String.class).single();
    }

    /** The batch that sets removal times: its seed, its work and its monitor, run until the batch is done. */
    private void runBatches() {
        for (int round = 0; round < 10 && management.createBatchQuery().count() > 0; round++) {
            management.createJobQuery().list().stream()
                    .filter(job -> job.getProcessInstanceId() == null && job.getJobDefinitionId() != null)
                    .filter(job -> management.createBatchQuery().list().stream().anyMatch(batch ->
                            job.getJobDefinitionId().equals(batch.getSeedJobDefinitionId())
                                    || job.getJobDefinitionId().equals(batch.getBatchJobDefinitionId())
                                    || job.getJobDefinitionId().equals(batch.getMonitorJobDefinitionId())))
                    .forEach(job -> management.executeJob(job.getId()));
        }
        assertThat(management.createBatchQuery().count()).as("batches left").isZero();
    }

    // --- what is held

    /** Rows naming the case in each product table that holds any. */
    private Map<String, Long> productRows(String reference) {
        Map<String, Long> rows = new HashMap<>();
        for (String table : caseTables.inRemovalOrder()) {
            String column = CaseTables.CASE_TABLE.equals(table) ? "reference" : "case_reference";
            long count = jdbc.sql("select count(*) from " + table + " where " + column + " = :r").param("r", reference)
                    .query(Long.class).single();
            if (count > 0) {
                rows.put(table, count);
            }
        }
        return rows;
    }

    private List<String> journeysOf(String reference) {
        return jdbc.sql("""
                        select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = :r
                        union select ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ in
                          (select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = :r)""")
                .param("r", reference).query(String.class).list();
    }

    /** Rows of the engine's history and byte arrays that belong to these journeys, per table (found in the catalogue). */
    private Map<String, Long> engineHistoryRows(List<String> journeys) {
        Map<String, Long> rows = new HashMap<>();
        if (journeys.isEmpty()) {
            return rows;
        }
        List<Map.Entry<String, String>> columns = jdbc.sql("""
                        select lower(table_name), lower(column_name) from information_schema.columns
                        where lower(table_schema) = lower(current_schema())
                          and (lower(table_name) like 'act_hi_%' or lower(table_name) = 'act_ge_bytearray')
                          and lower(column_name) in ('proc_inst_id_', 'root_proc_inst_id_')""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        for (Map.Entry<String, String> column : columns) {
            long count = jdbc.sql("select count(*) from " + column.getKey() + " where " + column.getValue() + " in (:ids)")
                    .param("ids", journeys).query(Long.class).single();
            if (count > 0) {
                rows.merge(column.getKey(), count, Math::max);
            }
        }
        return rows;
    }

    private JsonNode recordOf(String reference) throws Exception {
        ResponseEntity<String> answer = send("admin", HttpMethod.GET, "/api/retention", null);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(send("manager1", HttpMethod.GET, "/api/retention", null).getStatusCode())
                .as("the administrators' only").isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode policy = json.readTree(answer.getBody());
        assertThat(policy.get("closedCaseYears").asInt()).isEqualTo(6);
        assertThat(policy.get("keepUntilAge").asInt()).isEqualTo(25);
        for (JsonNode removed : policy.get("removed")) {
            if (removed.get("reference").asText().equals(reference)) {
                return removed;
            }
        }
        throw new AssertionError("no record of " + reference + " in " + answer.getBody());
    }

    private long records(String reference) {
        return jdbc.sql("select count(*) from retention_record where reference = :r").param("r", reference)
                .query(Long.class).single();
    }

    // --- clock and requests

    private static void today(String date) {
        ClockUtil.setCurrentTime(at(date + "T09:00"));
    }

    private static Date at(String londonDateTime) {
        return Date.from(LocalDateTime.parse(londonDateTime).atZone(LONDON).toInstant());
    }

    private static Date inSystemZone(String dateTime) {
        return Date.from(LocalDateTime.parse(dateTime).atZone(ZoneId.systemDefault()).toInstant());
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
