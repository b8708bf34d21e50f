package org.ehcflow.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Twenty people using the service at once, as a SEND team's first morning would: officers and the front desk
 * registering requests (retried with the same Idempotency-Key, sent twice at the same moment, sent again for a child
 * already in assessment), officers completing their first task (two at once on the same task), managers moving cases
 * (two at once on the same case), and readers. Every answer is kept, to be checked when the load stops.
 */
final class CaseworkLoad {

    static final int CLIENTS = 20;
    static final List<String> OFFICERS = List.of("officer1", "officer2", "officer3");

    record Answer(String what, int status, String body) {
    }

    private final ServiceProcess service;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger children = new AtomicInteger();
    private final String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    final List<Answer> answers = new CopyOnWriteArrayList<>();
    final List<String> connectionFailures = new CopyOnWriteArrayList<>();
    /** Case reference by UPN, for every 201; a second reference for one UPN is a duplicate case. */
    final Map<String, Set<String>> casesByUpn = new ConcurrentHashMap<>();
    /** The moves each case was answered 200 for (replays not counted): its handover notes must be as many. */
    final Map<String, AtomicInteger> movesByCase = new ConcurrentHashMap<>();
    /** Moves whose answer was lost (the service killed meanwhile): each may or may not have been made. */
    final Map<String, AtomicInteger> uncertainMovesByCase = new ConcurrentHashMap<>();
    private final List<CyclicBarrier> barriers = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> registeredBodies = new ConcurrentLinkedQueue<>();
    private final List<String> references = new CopyOnWriteArrayList<>();

    CaseworkLoad(ServiceProcess service) {
        this.service = service;
    }

    /** Starts the clients; they run until {@link #stop()}. */
    ExecutorService start() {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < 8; i++) {
            clients.submit(loop(this::registerWithRetry));
        }
        AtomicReference<String> sameChild = new AtomicReference<>();
        CyclicBarrier together = new CyclicBarrier(2, () -> sameChild.set(newChild()));
        barriers.add(together);
        for (int i = 0; i < 2; i++) {
            clients.submit(loop(() -> {
                together.await(30, TimeUnit.SECONDS);
                register(anOfficer(), sameChild.get(), null);
            }));
        }
        clients.submit(loop(this::registerAChildAlreadyInAssessment));
        for (String officer : List.of("officer1", "officer1", "officer2", "officer3")) {
            clients.submit(loop(() -> completeFirstTask(officer)));
        }
        AtomicReference<String> caseToMove = new AtomicReference<>();
        CyclicBarrier managers = new CyclicBarrier(2, () -> caseToMove.set(references.isEmpty() ? null
                : references.get(ThreadLocalRandom.current().nextInt(references.size()))));
        barriers.add(managers);
        for (String target : List.of("officer2", "officer3")) {
            clients.submit(loop(() -> {
                managers.await(30, TimeUnit.SECONDS);
                move(caseToMove.get(), target);
            }));
        }
        clients.submit(loop(this::read));
        clients.submit(loop(this::read));
        return clients;
    }

    /** Lets every client finish the request it is making, so that each answer given is known. */
    void stop(ExecutorService clients) throws InterruptedException {
        running.set(false);
        barriers.forEach(CyclicBarrier::reset);
        clients.shutdown();
        if (!clients.awaitTermination(120, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
    }

    List<String> references() {
        return references;
    }

    private Runnable loop(Step step) {
        return () -> {
            while (running.get() && !Thread.currentThread().isInterrupted()) {
                try {
                    step.run();
                } catch (IOException e) {
                    connectionFailures.add(e.toString());
                    pause(200);
                } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
                    return;
                } catch (Exception e) {
                    if (!running.get()) {
                        return;
                    }
                    answers.add(new Answer("client failure", 999, e.toString()));
                }
            }
        };
    }

    private interface Step {
        void run() throws Exception;
    }

    private void registerWithRetry() throws Exception {
        String body = newChild();
        String key = UUID.randomUUID().toString();
        String user = anOfficer();
        HttpResponse<String> first = register(user, body, key);
        if (first.statusCode() == 201 && ThreadLocalRandom.current().nextInt(3) == 0) {
            HttpResponse<String> retry = register(user, body, key);
            record("retry of a registration", retry);
            if (retry.statusCode() != 201 || !reference(retry).equals(reference(first))
                    || !retry.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
                answers.add(new Answer("a retry with the same key was not given the first answer", 999, retry.body()));
            }
        }
    }

    private void registerAChildAlreadyInAssessment() throws Exception {
        String body = registeredBodies.peek();
        if (body == null) {
            pause(200);
            return;
        }
        HttpResponse<String> again = register(anOfficer(), body, null);
        if (again.statusCode() != 409) {
            answers.add(new Answer("a child already in assessment was registered again", 999, again.body()));
        }
        pause(100);
    }

    private static String anOfficer() {
        return OFFICERS.get(ThreadLocalRandom.current().nextInt(OFFICERS.size()));
    }

    private HttpResponse<String> register(String user, String body, String key) throws Exception {
        HttpResponse<String> answer = service.send("POST", "/api/cases", user, body,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
        record("registration", answer);
        if (answer.statusCode() == 201) {
            String reference = reference(answer);
            String upn = json.readTree(body).get("child").get("upn").asText();
            Set<String> held = casesByUpn.computeIfAbsent(upn, u -> ConcurrentHashMap.newKeySet());
            if (held.add(reference) && held.size() == 1) {
                references.add(reference);
                registeredBodies.add(body);
                if (registeredBodies.size() > 50) {
                    registeredBodies.poll();
                }
            }
        }
        return answer;
    }

    private void completeFirstTask(String officer) throws Exception {
        HttpResponse<String> tasks = service.send("GET", "/engine-rest/task?assignee=" + officer
                + "&taskDefinitionKey=Task_RecordParentViews&sortBy=created&sortOrder=asc&maxResults=2", officer, null, Map.of());
        record("task list", tasks);
        JsonNode list = json.readTree(tasks.body());
        if (!list.isArray() || list.isEmpty()) {
            pause(300);
            return;
        }
        String taskId = list.get(0).get("id").asText();
        HttpResponse<String> done = service.send("POST", "/engine-rest/task/" + taskId + "/complete", officer, """
                {"variables": {"parentViews": {"value": "Needs help with reading {and} writing"},
                               "parentViewsReceivedOn": {"value": "%s"}}}""".formatted(LocalDate.now(ZoneId.of("Europe/London"))),
                Map.of());
        record("completing a task", done);
    }

    private void move(String reference, String target) throws Exception {
        if (reference == null) {
            pause(300);
            return;
        }
        HttpResponse<String> moved;
        try {
            moved = service.send("POST", "/api/cases/" + reference + "/reassign", "manager1",
                    "{\"to\": \"" + target + "\", \"reason\": \"Rebalancing \\\"{caseload}\\\" 🙂 مرحبا\"}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        } catch (IOException answerLost) {
            uncertainMovesByCase.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
            throw answerLost;
        }
        record("moving a case", moved);
        if (moved.statusCode() == 200) {
            movesByCase.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
        }
        pause(100);
    }

    private void read() throws Exception {
        record("caseloads", service.send("GET", "/api/caseloads", "manager1", null, Map.of()));
        if (!references.isEmpty()) {
            String reference = references.get(ThreadLocalRandom.current().nextInt(references.size()));
            record("a case", service.send("GET", "/api/cases/" + reference, "officer1", null, Map.of()));
            record("a timeline", service.send("GET", "/api/cases/" + reference + "/timeline", "officer1", null, Map.of()));
        }
        pause(100);
    }

    private String newChild() {
        int n = children.incrementAndGet();
        String upn = "L%06d%05d%s".formatted(Math.abs(run.hashCode()) % 1_000_000, n, "0");
        LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusDays(n % 20);
        return """
                {"child": {"givenName": "{childName} {oops}", "familyName": "Load-%s-%d", "dateOfBirth": "2019-06-30",
                           "upn": "%s"},
                 "requestReceived": "%s", "requester": "PARENT",
                 "parent": {"name": "Pat {parentName} ${x} %%s \\\\ 'quoted' \\"double\\" 👩‍👧 עברית", "email": "pat@example.org"},
                 "school": {"name": "Brookside Primary", "urn": "123456"}}""".formatted(run, n, upn, received);
    }

    private String reference(HttpResponse<String> answer) throws IOException {
        return json.readTree(answer.body()).get("reference").asText();
    }

    private void record(String what, HttpResponse<String> answer) {
        answers.add(new Answer(what, answer.statusCode(), answer.statusCode() >= 500 ? answer.body() : ""));
    }

    List<Answer> serverErrors() {
        List<Answer> errors = new ArrayList<>();
        answers.stream().filter(a -> a.status() >= 500).forEach(errors::add);
        return errors;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
