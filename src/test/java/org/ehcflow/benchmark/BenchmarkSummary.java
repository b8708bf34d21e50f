package org.ehcflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one-page summary of every council-scale result in a folder, each figure beside issue 18's target. */
final class BenchmarkSummary {

    private record Row(String what, String field, String target) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("ready after start (fresh database)", "readyOnFirstStartSeconds", "≤ 20 s"),
            new Row("ready after start (the council loaded)", "readyWithTheCouncilSeconds", "≤ 20 s"),
            new Row("plans import", "importSeconds", ""),
            new Row("plans import with its jobs settled", "importJobsSettledSeconds", "≤ 60 s"),
            new Row("`POST /api/cases`, 8 clients", "registration8Clients", "p95 ≤ 300 ms"),
            new Row("a task completed in Tasklist (`POST /engine-rest/task/{id}/complete`), one after another", "taskCompletion", ""),
            new Row("`POST /api/cases/{ref}/appeals`, one after another", "appealRegistration", ""),
            new Row("`POST /api/cases/{ref}/complaints`, one after another", "complaintRegistration", ""),
            new Row("`GET /api/caseloads`", "caseloadView", "p95 ≤ 100 ms"),
            new Row("the same by stock `/engine-rest/task/count` (3 per officer)", "caseloadViewStock", ""),
            new Row("stock over ours (medians)", "caseloadViewStockOverOurs", "≥ 50×"),
            new Row("`GET /api/caseloads` through the second node", "secondNodeCaseloadView", "p95 ≤ 100 ms"),
            new Row("timers fired", "timersFired", ""),
            new Row("timers fired twice in one journey", "timersFiredTwiceInOneJourney", "0"),
            new Row("`GET /api/caseloads/{officer}`", "officerCaseload", "p95 ≤ 100 ms"),
            new Row("`GET /api/cases/{ref}`", "case", ""),
            new Row("`GET /api/cases/{ref}/timeline`", "timeline", "p95 ≤ 50 ms"),
            new Row("`GET /api/cases?q=`", "caseSearch", ""),
            new Row("Tasklist's first page (`/engine-rest/task?assignee=…&sortBy=dueDate`)", "tasklistFirstPage", ""),
            new Row("`GET /api/reports/timeliness`", "report_timeliness", ""),
            new Row("`GET /api/reports/partners`", "report_partners", ""),
            new Row("`GET /api/reports/workload`", "report_workload", ""),
            new Row("data folder per plan (running, after the measures)", "dataFolderKilobytesPerPlan", "≤ 20 KB"),
            new Row("data folder per plan (running, largest)", "dataFolderKilobytesPerPlanAtMost", ""),
            new Row("data folder per plan (stopped)", "dataFolderKilobytesPerPlanAfterStop", "≤ 20 KB"),
            new Row("resident memory after the measures", "rssMegabytes", "≤ 600 MB"),
            new Row("resident memory after a restart", "rssMegabytesAfterRestart", "≤ 600 MB"));

    static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
        } catch (IOException | RuntimeException noProcFile) {
            // not Linux: the core count and operating system still say something
        }
        return "%s, %d cores%s, Java %s".formatted(System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                cpu.isEmpty() ? "" : " (" + cpu + ")", System.getProperty("java.version"));
    }

    static String of(Path folder) throws IOException {
        List<JsonNode> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("council-scale-.*\\.json")).sorted().toList()) {
                runs.add(new ObjectMapper().readTree(file.toFile()));
            }
        }
        StringBuilder page = new StringBuilder("# EHC Flow council-scale benchmark\n\n");
        if (runs.isEmpty()) {
            return page.append("No results yet.\n").toString();
        }
        JsonNode first = runs.get(0);
        page.append("Scale %s (1 = Birmingham: %s officers, %s plans, %s requests from 8 clients, %s appeals, %s complaints); %s; %s.\n\n"
                .formatted(first.path("scale").asText(), first.path("officers").asText(), first.path("plans").asText(),
                        first.path("registration8Clients").path("calls").asText(), first.path("appeals").asText(),
                        first.path("complaints").asText(), first.path("machine").asText(), first.path("when").asText()));
        page.append("| what | target |");
        runs.forEach(run -> page.append(' ').append(run.path("database").asText()).append(" |"));
        page.append("\n|---|---|");
        runs.forEach(run -> page.append("---|"));
        page.append('\n');
        for (Row row : ROWS) {
            page.append("| ").append(row.what()).append(" | ").append(row.target()).append(" |");
            runs.forEach(run -> page.append(' ').append(cell(run.path(row.field()))).append(" |"));
            page.append('\n');
        }
        return page.toString();
    }

    private static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "–";
        }
        if (value.isObject()) {
            return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms", value.path("p50Millis").asDouble(), value.path("p95Millis").asDouble());
        }
        return value.isNumber() ? String.format(Locale.ROOT, "%.1f", value.asDouble()).replace(".0", "") : value.asText();
    }
}
