package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestChildren;
import org.ehcflow.deadline.StatutoryCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The same request sent by several people at the same moment, and retries: one outcome, written once. */
@EhcFlowIntegrationTest
class ConcurrentRequestsTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void noCaps() {
        for (String officer : List.of("officer1", "officer2", "officer3")) {
            send("manager1", HttpMethod.PUT, "/api/caseloads/" + officer + "/cap", "{\"maxOpenCases\": null}", Map.of());
        }
    }

    @Test
    void theSamePlansFileImportedByEightManagersAtOnceMakesEachCaseAndEachReviewOnce() throws Exception {
        int plans = 290; // more than one batch of the import's 250
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String issued = LocalDate.now(StatutoryCalendar.LONDON).minusMonths(2).toString();
        StringBuilder csv = new StringBuilder("case_reference,child_given_name,child_family_name,child_date_of_birth,"
                + "plan_issued,parent_name\n");
        for (int i = 0; i < plans; i++) {
            csv.append("SAME-%s-%04d,Child,%s,2016-05-%02d,%s,Parent\n".formatted(run, i, TestChildren.familyName("Same"),
                    1 + i % 28, issued));
        }

        List<ResponseEntity<String>> answers = atOnce(8, () -> send("manager1", HttpMethod.POST, "/api/plans/import",
                csv.toString(), Map.of("Content-Type", "text/csv")));

        int imported = 0;
        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            JsonNode body = json.readTree(answer.getBody());
            assertThat(body.get("imported").asInt() + body.get("alreadyImported").asInt()).isEqualTo(plans);
            imported += body.get("imported").asInt();
        }
        assertThat(imported).as("imported across the eight answers").isEqualTo(plans);
        assertThat(jdbc.sql("select count(*) from ehc_case where reference like :prefix")
                .param("prefix", "SAME-" + run + "-%").query(Integer.class).single()).isEqualTo(plans);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("annual-review")
                .processInstanceBusinessKeyLike("SAME-" + run + "-%").count()).as("one annual review per plan").isEqualTo(plans);
    }

    @Test
    void twentyIdenticalRequestsAtOnceOpenOneCaseAndTheRestAreToldWhichOne() throws Exception {
        String request = newChild();
        List<ResponseEntity<String>> answers = atOnce(20, () -> send("officer1", HttpMethod.POST, "/api/cases", request, Map.of()));

        List<ResponseEntity<String>> created = answers.stream().filter(a -> a.getStatusCode().value() == 201).toList();
        assertThat(created).hasSize(1);
        String reference = json.readTree(created.get(0).getBody()).get("reference").asText();
        assertThat(answers).filteredOn(a -> a.getStatusCode().value() != 201).hasSize(19).allSatisfy(a -> {
            assertThat(a.getStatusCode().value()).isEqualTo(409);
            assertThat(json.readTree(a.getBody()).get("existingCase").asText()).isEqualTo(reference);
        });
        assertThat(casesOf(request)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndWritesNothing() throws Exception {
        String request = newChild();
        String key = UUID.randomUUID().toString();
        ResponseEntity<String> first = send("officer2", HttpMethod.POST, "/api/cases", request, Map.of("Idempotency-Key", key));
        List<ResponseEntity<String>> retries = atOnce(8, () ->
                send("officer2", HttpMethod.POST, "/api/cases", request, Map.of("Idempotency-Key", key)));

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(retries).allSatisfy(retry -> {
            assertThat(retry.getStatusCode().value()).isEqualTo(201);
            assertThat(retry.getBody()).isEqualTo(first.getBody());
            assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
            assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        });
        assertThat(casesOf(request)).isEqualTo(1);

        ResponseEntity<String> otherRequest = send("officer2", HttpMethod.POST, "/api/cases", newChild(), Map.of("Idempotency-Key", key));
        assertThat(otherRequest.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(otherRequest.getBody()).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void parallelRequestsWithOneKeyAreCarriedOutOnce() throws Exception {
        String request = newChild();
        String key = UUID.randomUUID().toString();
        List<ResponseEntity<String>> answers = atOnce(10, () ->
                send("officer3", HttpMethod.POST, "/api/cases", request, Map.of("Idempotency-Key", key)));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnly(201);
        assertThat(answers).extracting(ResponseEntity::getBody).containsOnly(answers.get(0).getBody());
        assertThat(casesOf(request)).isEqualTo(1);
    }

    @Test
    void capsHoldWhenCasesArriveTogether() throws Exception {
        Map<String, Integer> caps = Map.of("officer1", held("officer1") + 2, "officer2", held("officer2") + 1,
                "officer3", held("officer3") + 1);
        caps.forEach((officer, cap) -> send("manager1", HttpMethod.PUT, "/api/caseloads/" + officer + "/cap",
                "{\"maxOpenCases\": " + cap + "}", Map.of()));

        List<ResponseEntity<String>> answers = atOnce(12, () -> send("officer1", HttpMethod.POST, "/api/cases", newChild(), Map.of()));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnly(201);
        List<String> officers = new ArrayList<>();
        for (ResponseEntity<String> answer : answers) {
            officers.add(json.readTree(answer.getBody()).path("caseOfficer").asText(null));
        }
        assertThat(officers).filteredOn(o -> o != null).hasSize(4);
        for (Map.Entry<String, Integer> cap : caps.entrySet()) {
            assertThat(held(cap.getKey())).as(cap.getKey()).isEqualTo(cap.getValue());
        }
    }

    @Test
    void twoManagersMovingOneCaseAtOnceCannotSplitIt() throws Exception {
        String reference = registered();
        String holder = caseOfficer(reference);
        List<String> others = List.of("officer1", "officer2", "officer3").stream().filter(o -> !o.equals(holder)).toList();

        int moves = 0;
        for (int round = 0; round < 2; round++) {
            int first = round;
            List<ResponseEntity<String>> answers = atOnce(2, new Callable<>() {
                // both managers call at once: each must draw a different officer
                final AtomicInteger turn = new AtomicInteger();
                @Override
                public ResponseEntity<String> call() {
                    String to = others.get((first + turn.getAndIncrement()) % 2);
                    return send("manager1", HttpMethod.POST, "/api/cases/" + reference + "/reassign",
                            "{\"to\": \"" + to + "\", \"reason\": \"Leave\"}", Map.of());
                }
            });
            // Overlapping moves: one wins, the other finds the case moved (409). A move that starts after the other
            // has ended is a move from the new officer (200). Either way the case is never split.
            List<Integer> statuses = answers.stream().map(a -> a.getStatusCode().value()).toList();
            assertThat(statuses).as(answers.stream().map(ResponseEntity::getBody).toList().toString()).contains(200).allMatch(s -> s == 200 || s == 409);
            moves += (int) statuses.stream().filter(s -> s == 200).count();
        }
        String named = caseOfficer(reference);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_RecordParentViews").list())
                .as("the officer's task follows the case").extracting(Task::getAssignee).containsExactly(named);
        assertThat(get("/api/cases/" + reference).get("handovers")).as("one handover note per move answered 200").hasSize(moves);
    }

    @Test
    void theSameMoveSentTwiceAtOnceMakesOneHandover() throws Exception {
        String reference = registered();
        String to = caseOfficer(reference).equals("officer3") ? "officer2" : "officer3";
        List<ResponseEntity<String>> answers = atOnce(2, () -> send("manager1", HttpMethod.POST,
                "/api/cases/" + reference + "/reassign", "{\"to\": \"" + to + "\", \"reason\": \"Rebalancing\"}", Map.of()));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).as(answers.stream().map(ResponseEntity::getBody).toList()
                + " handovers " + get("/api/cases/" + reference).get("handovers")).containsExactlyInAnyOrder(200, 409);
        assertThat(get("/api/cases/" + reference).get("handovers")).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("case-handover")
                .processInstanceBusinessKey(reference).count()).isEqualTo(1);
    }

    @Test
    void aTaskCompletedTwiceAtOnceThroughTheEngineApiIsDoneOnceAndTheOtherToldSo() throws Exception {
        for (int round = 0; round < 4; round++) {
            String reference = registered();
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_RecordParentViews").singleResult();
            String body = "{\"variables\": {\"parentViews\": {\"value\": \"Needs help\"}, \"parentViewsReceivedOn\": {\"value\": \"2026-01-06\"}}}";

            List<ResponseEntity<String>> answers = atOnce(6, () ->
                    send(task.getAssignee(), HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", body, Map.of()));

            assertThat(answers).extracting(a -> a.getStatusCode().value()).as("answers of round " + round + ": " + answers.stream().map(ResponseEntity::getBody).toList()).containsOnlyOnce(204)
                    .allSatisfy(status -> assertThat(status).isIn(204, 404, 409));
            assertThat(answers).filteredOn(a -> a.getStatusCode().value() != 204).allSatisfy(a ->
                    assertThat(a.getHeaders().getContentType()).hasToString("application/problem+json"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_DecideWhetherToAssess")
                    .count()).as("the journey moved one step, not two").isEqualTo(1);
        }
    }

    private String registered() throws Exception {
        ResponseEntity<String> created = send("officer1", HttpMethod.POST, "/api/cases", newChild(), Map.of());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String reference = json.readTree(created.getBody()).get("reference").asText();
        CaseJobs.runDue(runtime, management, reference);
        return reference;
    }

    private String caseOfficer(String reference) throws Exception {
        return get("/api/cases/" + reference).get("caseOfficer").asText();
    }

    private int held(String officer) throws Exception {
        return get("/api/caseloads/" + officer).get("caseload").get("openCases").asInt();
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> answer = send("manager1", HttpMethod.GET, path, null, Map.of());
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private int casesOf(String request) throws Exception {
        return jdbc.sql("select count(*) from ehc_case where child_upn = :upn")
                .param("upn", json.readTree(request).get("child").get("upn").asText()).query(Integer.class).single();
    }

    private static String newChild() {
        return """
                {"child": {"givenName": "Rae", "familyName": "%s", "dateOfBirth": "2019-06-30", "upn": "%s"},
                 "requestReceived": "2026-01-05", "requester": "PARENT", "parent": {"name": "Jo Parallel"}}"""
                .formatted(TestChildren.familyName("Parallel"), TestChildren.upn());
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body, Map<String, String> headers) {
        HttpHeaders httpHeaders = new HttpHeaders();
        httpHeaders.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(httpHeaders::set);
        return http.withBasicAuth(user, user).exchange(URI.create(http.getRootUri() + path), method,
                new HttpEntity<>(body, httpHeaders), String.class);
    }

    /** Runs {@code request} from {@code clients} threads released together. */
    private static List<ResponseEntity<String>> atOnce(int clients, Callable<ResponseEntity<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await();
            go.countDown();
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
