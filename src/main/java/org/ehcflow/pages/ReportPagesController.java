package org.ehcflow.pages;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ehcflow.access.CaseAccessLog;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.Today;
import org.ehcflow.reporting.Figures;
import org.ehcflow.reporting.Measure;
import org.ehcflow.reporting.PartnerAdvice;
import org.ehcflow.reporting.ReportPeriod;
import org.ehcflow.reporting.Reports;
import org.ehcflow.reporting.Workload;
import org.ehcflow.system.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' dashboard at /reports (the sign-in of /caseloads): the 20-week figure against England's, the backlog,
 * reviews, partner advice, appeals and the rest of the statutory timeliness, each chart with its table, each table
 * as CSV, each number a link to the cases behind it. Every figure comes from the same {@link Reports} as the API's.
 */
@Controller
class ReportPagesController {

    private static final String SIGN_IN = "/camunda/app/tasklist/";
    private static final String REFUSAL = "Reports are for the SEND team's managers.";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** A case list's CSV holds at most this many cases: more than a council's plans in a year. */
    private static final int MOST_CASES_IN_CSV = 50_000;

    private final PageUser users;
    private final Reports reports;

    ReportPagesController(PageUser users, Reports reports) {
        this.users = users;
        this.reports = reports;
    }

    /** What the dashboard shows for one period. */
    record Dashboard(ReportPeriod period, LocalDate asOf, ReportCharts.LineChart twentyWeeksChart,
                     ReportCharts.BarChart backlogChart, ReportCharts.BarChart partnersChart, Map<String, ReportTable> tables) {
    }

    @GetMapping(path = "/reports", produces = MediaType.TEXT_HTML_VALUE)
    String dashboard(HttpServletRequest request, HttpServletResponse response, Model model,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return users.page(request, response, model, PageUser.Signed::managesCaseloads, SIGN_IN, REFUSAL, user -> {
            model.addAttribute("from", from == null ? "" : from);
            model.addAttribute("to", to == null ? "" : to);
            try {
                Dashboard dashboard = dashboard(reports.period(from, to, "month"));
                model.addAttribute("dashboard", dashboard);
                model.addAttribute("from", dashboard.period().from().format(UK));
                model.addAttribute("to", dashboard.period().to().format(UK));
                model.addAttribute("england", Reports.ENGLAND_2024);
            } catch (InvalidFieldException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", e);
            }
            return "reports";
        });
    }

    @GetMapping(path = "/reports/tables/{id}.csv")
    ResponseEntity<String> table(HttpServletRequest request, @PathVariable String id,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return asManager(request, () -> {
            ReportPeriod period = reports.period(from, to, "month");
            ReportTable table = dashboard(period).tables().get(id);
            if (table == null) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No table " + id + " on the dashboard.");
            }
            return csv(id + "-" + period.from() + "-to-" + period.to() + ".csv", table.csv());
        });
    }

    @GetMapping(path = "/reports/cases", produces = MediaType.TEXT_HTML_VALUE)
    String cases(HttpServletRequest request, HttpServletResponse response, Model model, @RequestParam String measure,
                 @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page) {
        return users.page(request, response, model, PageUser.Signed::managesCaseloads, SIGN_IN, REFUSAL, user -> {
            try {
                Figures.Rows rows = reports.cases(measure, outcome, reports.period(from, to, null), page, 50);
                request.setAttribute(CaseAccessLog.CASES_SHOWN, rows.cases().stream().map(Figures.Row::reference).toList());
                model.addAttribute("rows", rows);
                model.addAttribute("words", rows.cases().stream().map(Figures.Row::outcome).distinct()
                        .collect(java.util.stream.Collectors.toMap(o -> o, ReportTables::words)));
                model.addAttribute("title", rows.measure().title());
                model.addAttribute("outcomeInWords", rows.outcome() == null ? "All" : ReportTables.words(rows.outcome()));
                model.addAttribute("pages", (rows.count() + rows.size() - 1) / rows.size());
                return "report-cases";
            } catch (InvalidFieldException e) {
                return PageUser.refused(response, model, 400, e.getMessage());
            }
        });
    }

    @GetMapping(path = "/reports/cases.csv")
    ResponseEntity<String> casesCsv(HttpServletRequest request, @RequestParam String measure,
                                    @RequestParam(required = false) String outcome,
                                    @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return asManager(request, () -> {
            ReportPeriod period = reports.period(from, to, null);
            List<Figures.Row> all = new ArrayList<>();
            for (int page = 0; all.size() < MOST_CASES_IN_CSV; page++) {
                Figures.Rows rows = reports.cases(measure, outcome, period, page, 1000);
                all.addAll(rows.cases());
                if (rows.cases().size() < 1000) {
                    break;
                }
            }
            request.setAttribute(CaseAccessLog.CASES_SHOWN, all.stream().map(Figures.Row::reference).toList());
            List<List<String>> lines = all.stream().map(row -> Arrays.asList(row.reference(), row.childName(),
                    row.caseOfficer(), row.stage(), date(row.startedOn()), date(row.dueOn()), date(row.countedOn()),
                    ReportTables.words(row.outcome()))).toList();
            return csv(Reports.measure(measure).name().toLowerCase(java.util.Locale.ROOT) + "-cases.csv",
                    org.ehcflow.reporting.CsvText.of(List.of("Case", "Child", "Officer", "Stage", "Started",
                            "Due", "Counted on", "Outcome"), lines));
        });
    }

    private Dashboard dashboard(ReportPeriod period) {
        LocalDate today = Today.inLondon();
        ReportTables tables = new ReportTables(period, today);
        Figures.Figure including = reports.figure(Measure.FINAL_PLAN_20_WEEKS, period);
        Figures.Figure excluding = reports.figure(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, period);
        Workload.Report workload = reports.workload();
        List<PartnerAdvice.PartnerFigure> partners = reports.partners(period).partners();
        Map<String, ReportTable> all = new LinkedHashMap<>();
        for (ReportTable table : List.of(
                tables.twentyWeeks(including, excluding),
                tables.backlog(workload),
                tables.reviewsAhead(workload),
                tables.rates("reviews", "Annual reviews", figures(period, Measure.REVIEWS_DUE,
                        Measure.REVIEW_DECISIONS_4_WEEKS, Measure.AMENDED_PLANS_12_WEEKS, Measure.PHASE_TRANSFERS)),
                tables.partners(partners),
                tables.counts("appeals", "Appeals to the Tribunal", figures(period, Measure.APPEALS_REGISTERED,
                        Measure.APPEAL_OUTCOMES)),
                tables.rates("tribunal-limits", "The council's Tribunal limits", figures(period,
                        Measure.TRIBUNAL_RESPONSES, Measure.ORDERS_CARRIED_OUT)),
                tables.rates("timeliness", "Statutory and local timescales", figures(period,
                        Measure.REQUEST_DECISIONS_6_WEEKS, Measure.FINAL_PLAN_20_WEEKS,
                        Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, Measure.NO_PLAN_DECISIONS_16_WEEKS,
                        Measure.QUERIES_ANSWERED, Measure.COMPLAINTS_ACKNOWLEDGED, Measure.COMPLAINTS_ANSWERED)),
                tables.counts("requests", "Requests and new plans", figures(period, Measure.REQUESTS_RECEIVED,
                        Measure.REQUEST_DECISIONS, Measure.FINAL_PLAN_TIME_TAKEN)),
                tables.caseloads(workload),
                tables.breaches(workload))) {
            all.put(table.id(), table);
        }
        String periodInWords = LetterDate.of(period.from()) + " to " + LetterDate.of(period.to());
        ReportCharts.BarChart backlog = ReportCharts.bars("chart-backlog", "Open cases by stage",
                "Bar chart of the open cases in each stage on " + LetterDate.of(today)
                        + ". The table that follows holds the same figures.",
                workload.openCases().stream().map(Workload.StageAge::inWords).toList(),
                workload.openCases().stream().map(s -> BigDecimal.valueOf(s.total())).toList(), false);
        ReportCharts.BarChart partnerChart = ReportCharts.bars("chart-partners", "Advice returned within 6 weeks",
                "Bar chart of the percentage of advice each partner service returned within 6 weeks, for advice requested"
                        + " from " + periodInWords + ". The table that follows holds the same figures.",
                partners.stream().map(PartnerAdvice.PartnerFigure::name).toList(),
                partners.stream().map(p -> p.advice().percentOnTime()).toList(), true);
        return new Dashboard(period, today, ReportCharts.twentyWeeks(including, excluding, periodInWords), backlog,
                partnerChart, all);
    }

    private List<Figures.Figure> figures(ReportPeriod period, Measure... measures) {
        return Arrays.stream(measures).map(m -> reports.figure(m, period)).toList();
    }

    private ResponseEntity<String> asManager(HttpServletRequest request,
                                             java.util.function.Supplier<ResponseEntity<String>> answer) {
        Optional<PageUser.Signed> user = users.of(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, SIGN_IN).build();
        }
        if (!user.get().managesCaseloads()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body(REFUSAL);
        }
        try {
            return answer.get();
        } catch (InvalidFieldException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.format(UK);
    }
}
