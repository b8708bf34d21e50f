package org.ehcflow.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ehcflow.system.ServiceProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One benchmark run against the packaged jar: builds the council's data set through the API as a council would
 * (officers, the plans import, requests from 8 clients at once, assessments decided, appeals, complaints), waits for
 * the job executor to run every job that is due, then times what officers and managers open most, each beside
 * Camunda's stock way where there is one. Every figure goes into {@link #results}, in order.
 */
final class CouncilScaleRun {

    static final int REGISTERING_CLIENTS = 8;
    static final int CALLS = 40;
    static final String MANAGER = "manager1";
    static final String ADMIN = "admin";

    private final ServiceProcess service;
    private final CouncilDataSet council;
    private final Duration settleLimit;
    private final ObjectMapper json = new ObjectMapper();
    final Map<String, Object> results = new LinkedHashMap<>();

    CouncilScaleRun(ServiceProcess service, CouncilDataSet council, Duration settleLimit) {
        this.service = service;
        this.council = council;
        this.settleLimit = settleLimit;
    }

    void buildTheCouncil() throws Exception {
        results.put("officers", council.officers);
        results.put("plans", council.plans);
        for (String officer : council.officerIds()) {
            expect(201, 204, "create " + officer, service.send("POST", "/engine-rest/user/create", ADMIN, """
                    {"profile": {"id": "%s", "firstName": "Officer", "lastName": "%s", "email": "%s@council.example"},
                     "credentials": {"password": "%s"}}""".formatted(officer, officer, officer, CouncilDataSet.OFFICER_PASSWORD),
                    Map.of()));
            expect(204, 204, "add " + officer, service.send("PUT", "/engine-rest/group/case-officers/members/" + officer,
                    ADMIN, null, Map.of()));
        }
        long started = System.nanoTime();
        expect(200, 200, "the plans import", service.send("POST", "/api/plans/import", MANAGER, council.plansCsv(),
                Map.of("Content-Type", "text/csv")));
        double imported = seconds(started);
        // Thousands of the imported reviews are overdue, so their timers fell due months ago; they are not a backlog
        check(200, "readiness right after the plans import", service.send("GET", "/actuator/health/readiness", ADMIN,
                null, Map.of()));
        results.put("importSeconds", round(imported));
        results.put("importJobsSettledSeconds", round(imported + settle()));
        results.put("registration8Clients", register().json());
        spreadOverTheStages();
        addAppealsAndComplaints();
        results.put("jobsLeftAfterSettling", settle() >= settleLimit.toSeconds() ? dueJobs() : 0L);
        results.put("openTasks", count("/engine-rest/task/count"));
        results.put("incidents", count("/engine-rest/incident/count"));
    }

    void measure() throws Exception {
        List<String> officers = council.officerIds();
        AtomicInteger turn = new AtomicInteger();
        Timings caseloads = Timings.of(3, CALLS, () -> get(MANAGER, "/api/caseloads"));
        results.put("caseloadView", caseloads.json());
        Timings stock = Timings.of(1, 3, () -> {
            String inAWeek = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7) + "T00:00:00.000+0000";
            String today = LocalDate.now(ZoneId.of("Europe/London")) + "T00:00:00.000+0000";
            for (String officer : officers) {
                get(ADMIN, "/engine-rest/task/count?assignee=" + officer);
                get(ADMIN, "/engine-rest/task/count?assignee=" + officer + "&dueBefore=" + encode(inAWeek));
                get(ADMIN, "/engine-rest/task/count?assignee=" + officer + "&dueBefore=" + encode(today));
            }
        });
        results.put("caseloadViewStock", stock.json());
        results.put("caseloadViewStockOverOurs", round(stock.p50() / caseloads.p50()));
        results.put("officerCaseload", Timings.of(3, CALLS, () ->
                get(MANAGER, "/api/caseloads/" + officers.get(turn.incrementAndGet() % officers.size()))).json());
        results.put("case", Timings.of(3, CALLS, () ->
                get(MANAGER, "/api/cases/" + CouncilDataSet.planReference(turn.incrementAndGet() * 7919 % council.plans))).json());
        results.put("timeline", Timings.of(3, CALLS, () ->
                get(MANAGER, "/api/cases/" + CouncilDataSet.planReference(turn.incrementAndGet() * 7919 % council.plans) + "/timeline")).json());
        results.put("caseSearch", Timings.of(3, CALLS, () -> get(MANAGER, "/api/cases?q=Khan")).json());
        results.put("tasklistFirstPage", Timings.of(3, CALLS, () -> {
            String officer = officers.get(turn.incrementAndGet() % officers.size());
            check(200, "Tasklist's first page", service.send("GET", "/engine-rest/task?assignee=" + officer
                    + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15", officer, CouncilDataSet.OFFICER_PASSWORD, null, Map.of()));
        }).json());
        for (String report : List.of("timeliness", "partners", "workload")) {
            results.put("report_" + report, Timings.of(2, 10, () -> get(MANAGER, "/api/reports/" + report)).json());
        }
    }

    /** The caseload view timed through another node of the same database. */
    Timings caseloadViewThrough(ServiceProcess node) throws Exception {
        return Timings.of(3, CALLS, () -> check(200, "the caseload view", node.send("GET", "/api/caseloads", MANAGER, null, Map.of())));
    }

    /** The service's resident memory now, from /proc (Linux), in megabytes; -1 where there is no /proc. */
    void recordMemory(String key) throws Exception {
        Path status = Path.of("/proc", Long.toString(service.pid()), "status");
        long rssKb = -1;
        if (Files.exists(status)) {
            rssKb = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
        }
        results.put(key, rssKb < 0 ? -1 : rssKb / 1024);
        recordJvmAccounts(key);
    }

    /**
     * Where the memory is, as the JVM accounts for it, beside the service's logs: the heap, its live objects by class
     * (after a full collection) and, when the service runs with -XX:NativeMemoryTracking=summary, its native memory.
     */
    private void recordJvmAccounts(String key) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return;
        }
        for (String command : List.of("GC.heap_info", "VM.native_memory", "GC.class_histogram")) {
            new ProcessBuilder(jcmd.toString(), Long.toString(service.pid()), command).redirectErrorStream(true)
                    .redirectOutput(service.logs().resolve(key + "-" + command + ".txt").toFile()).start().waitFor();
        }
    }

    /** The size of the embedded database's folder (none on PostgreSQL), per plan held. */
    void recordDisk(Path dataFolder, String key) throws Exception {
        if (dataFolder == null) {
            return;
        }
        results.put(key, round(DataFolderPeak.bytes(dataFolder) / 1024.0 / council.plans));
    }

    void recordDiskPeak(Long bytes, String key) {
        if (bytes != null) {
            results.put(key, round(bytes / 1024.0 / council.plans));
        }
    }

    private Timings register() throws Exception {
        Timings timings = new Timings();
        ExecutorService clients = Executors.newFixedThreadPool(REGISTERING_CLIENTS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < council.requests; i++) {
                int n = i;
                sent.add(clients.submit(() -> {
                    timings.time(() -> expect(201, 201, "registration " + n, service.send("POST", "/api/cases", MANAGER,
                            council.request(n), Map.of("Idempotency-Key", UUID.randomUUID().toString()))));
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        return timings;
    }

    /**
     * The requests spread over the assessment's first stages, as officers would leave them in Tasklist: a third still
     * waiting for the parent's views, a third for the decision, a third decided to assess (advice requested).
     */
    private void spreadOverTheStages() throws Exception {
        settle();
        Timings completions = new Timings();
        List<JsonNode> views = tasks("Task_RecordParentViews");
        for (int i = 0; i < views.size(); i++) {
            if (i % 3 != 0) {
                JsonNode task = views.get(i);
                completions.time(() -> complete(task, "{\"parentViews\": {\"value\": \"Please assess\"},"
                        + " \"parentViewsReceivedOn\": {\"value\": \"" + council.today + "\"}}"));
            }
        }
        settle();
        List<JsonNode> decisions = tasks("Task_DecideWhetherToAssess");
        for (int i = 0; i < decisions.size(); i += 2) {
            JsonNode task = decisions.get(i);
            completions.time(() -> complete(task, "{\"assessDecision\": {\"value\": \"ASSESS\"}}"));
        }
        results.put("taskCompletion", completions.json());
        results.put("requestsAwaitingParentViews", (views.size() + 2) / 3);
        results.put("requestsAwaitingDecision", decisions.size() / 2);
        results.put("requestsInAssessment", (decisions.size() + 1) / 2);
    }

    private List<JsonNode> tasks(String definitionKey) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        json.readTree(get(ADMIN, "/engine-rest/task?taskDefinitionKey=" + definitionKey + "&maxResults=" + council.requests))
                .forEach(found::add);
        return found;
    }

    /** As the officer it is assigned to, through Camunda's REST API as Tasklist does. */
    private void complete(JsonNode task, String variables) throws Exception {
        expect(204, 204, "complete " + task.get("taskDefinitionKey").asText(), service.send("POST",
                "/engine-rest/task/" + task.get("id").asText() + "/complete", task.get("assignee").asText(),
                CouncilDataSet.passwordOf(task.get("assignee").asText()), "{\"variables\": " + variables + "}", Map.of()));
    }

    /** One after another, as a manager enters them; each timed. */
    private void addAppealsAndComplaints() throws Exception {
        Timings appeals = new Timings();
        for (int i = 0; i < council.appeals; i++) {
            int n = i;
            appeals.time(() -> expect(201, 201, "appeal " + n, service.send("POST", "/api/cases/"
                    + CouncilDataSet.planReference(n * 17 % council.plans) + "/appeals", MANAGER, council.appeal(n), Map.of())));
        }
        Timings complaints = new Timings();
        for (int i = 0; i < council.complaints; i++) {
            int n = i;
            complaints.time(() -> expect(201, 201, "complaint " + n, service.send("POST", "/api/cases/"
                    + CouncilDataSet.planReference(n * 31 % council.plans) + "/complaints", MANAGER, council.complaint(n), Map.of())));
        }
        results.put("appeals", council.appeals);
        results.put("appealRegistration", appeals.json());
        results.put("complaints", council.complaints);
        results.put("complaintRegistration", complaints.json());
    }

    /**
     * Waits, looking each second, until no job is due (or the limit passes); answers the seconds waited. It watches
     * the job executor's health (one indexed count of the due jobs no executor holds) and asks Camunda's own count of
     * executable jobs, which also counts the jobs running, only once that is zero: Camunda's count checks the caller's authorizations for every due job, and cost about a
     * second of PostgreSQL's time per call while the import's jobs ran, on the same two cores as what it measures.
     */
    private double settle() throws Exception {
        long started = System.nanoTime();
        while ((jobsWaiting() > 0 || dueJobs() > 0) && seconds(started) < settleLimit.toSeconds()) {
            Thread.sleep(1000);
        }
        return seconds(started);
    }

    /** The count is there whether the health is UP (200) or DOWN (503: a backlog over its limit). */
    private long jobsWaiting() throws Exception {
        HttpResponse<String> answer = service.send("GET", "/actuator/health/jobExecutor", ADMIN, null, Map.of());
        expect(200, 503, "the job executor's health", answer);
        String health = answer.body();
        JsonNode due = json.readTree(health).path("details").path("jobsDue");
        if (!due.isNumber()) {
            throw new AssertionError("the job executor's health shows " + ADMIN + " no count of due jobs: " + health);
        }
        return due.asLong();
    }

    private long dueJobs() throws Exception {
        return count("/engine-rest/job/count?executable=true");
    }

    private long count(String path) throws Exception {
        return json.readTree(get(ADMIN, path)).get("count").asLong();
    }

    private String get(String user, String path) throws Exception {
        HttpResponse<String> answer = service.send("GET", path, user, null, Map.of());
        check(200, path, answer);
        return answer.body();
    }

    private void check(int status, String what, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new AssertionError(what + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private void expect(int status, int orStatus, String what, HttpResponse<String> answer) {
        if (answer.statusCode() != status && answer.statusCode() != orStatus) {
            throw new AssertionError(what + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", value));
    }
}
