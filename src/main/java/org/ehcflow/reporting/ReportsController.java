package org.ehcflow.reporting;

import jakarta.servlet.http.HttpServletRequest;

import org.ehcflow.access.CaseAccessLog;
import org.ehcflow.reporting.sen2.Sen2Return;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The managers' reports (see ApiSecurity): statutory timeliness, partner advice, workload, and the DfE's SEN2 return.
 * Given a {@code measure} (and an {@code outcome}), a report answers with the cases behind that number instead; each
 * case shown is a read in its access log.
 */
@Tag(name = ApiTags.REPORTS)
@RestController
class ReportsController {

    private final Reports reports;
    private final Sen2Return sen2;

    ReportsController(Reports reports, Sen2Return sen2) {
        this.reports = reports;
        this.sen2 = sen2;
    }

    @Operation(summary = "Statutory timeliness", description = """
            The statutory timeliness figures for the period (default: this calendar year, by month), as the DfE's
            statistics define them (docs/reports.md): each `measure` with `total`, `outcomes` (such as `on_time`,
            `late`), `percentOnTime` and the same for each of its `parts`; with England's 2024 20-week figure in
            `benchmarks`. Dates `dd/mm/yyyy` or `YYYY-MM-DD` With `measure=` and `outcome=`: the cases behind that
            number (also `GET /api/reports/cases?measure=&outcome=&from=&to=` for any measure): `count`, `page`,
            `size` (50, at most 1000) and `cases` with `reference`, `childName`, `caseOfficer`, `stage`,
            `startedOn`, `dueOn`, `countedOn`, `outcome`. Each case shown is a read in its access log""")
    @ApiAnswers(value = 200, problems = 400)
    @GetMapping("/api/reports/timeliness")
    Object timeliness(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String by, @RequestParam(required = false) String measure,
                      @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
        ReportPeriod period = reports.period(from, to, by);
        return measure == null ? reports.timeliness(period) : cases(measure, outcome, period, page, size, request);
    }

    @Operation(summary = "Partner advice", description = """
            Advice from health, social care, educational psychology, schools and other advisers: requested, returned
            within 6 weeks, late (`medianDaysLate`), overdue, not yet due, waived; for the period and each part of
            it""")
    @ApiAnswers(value = 200, problems = 400)
    @GetMapping("/api/reports/partners")
    Object partners(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String by, @RequestParam(required = false) String measure,
                    @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
        ReportPeriod period = reports.period(from, to, by);
        return measure == null ? reports.partners(period) : cases(measure, outcome, period, page, size, request);
    }

    @Operation(summary = "Workload", description = """
            As of today: open cases by stage and time open, caseloads across the officers (largest, median,
            unassigned), reviews due in the next 12 weeks and overdue, deadlines missed in the last 30 and 90 days
            by clock""")
    @ApiAnswers(200)
    @GetMapping("/api/reports/workload")
    Workload.Report workload() {
        return reports.workload();
    }

    /** Any measure's cases, whichever report it belongs to. */
    @Operation(summary = "The cases behind a figure", description = """
            The cases behind that number (also `GET /api/reports/cases?measure=&outcome=&from=&to=` for any
            measure): `count`, `page`, `size` (50, at most 1000) and `cases` with `reference`, `childName`,
            `caseOfficer`, `stage`, `startedOn`, `dueOn`, `countedOn`, `outcome`. Each case shown is a read in its
            access log""")
    @ApiAnswers(value = 200, problems = 400)
    @GetMapping("/api/reports/cases")
    Figures.Rows cases(@RequestParam String measure, @RequestParam(required = false) String outcome,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                       HttpServletRequest request) {
        return cases(measure, outcome, reports.period(from, to, null), page, size, request);
    }

    /** The return as XML (the DfE's format, the default) or, with format=csv, as CSV. */
    @Operation(summary = "The SEN2 return", description = """
            The DfE's SEN2 person-level return for that collection year, as XML (or CSV); `GET
            /api/reports/sen2/check?year=2027` is its pre-submission check, per case (docs/sen2-return.md)""")
    @ApiAnswers(value = 200, problems = 400)
    @GetMapping("/api/reports/sen2")
    ResponseEntity<String> sen2(@RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "xml") String format, HttpServletRequest request) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xml".equalsIgnoreCase(format)) {
            throw new org.ehcflow.system.InvalidFieldException("format", "format must be xml or csv, not '" + format + "'");
        }
        Sen2Return.Export export = csv ? sen2.csv(year) : sen2.xml(year);
        request.setAttribute(CaseAccessLog.CASES_SHOWN, export.references());
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                        : new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"SEN2-" + year + (csv ? ".csv" : ".xml") + "\"")
                .body(export.body());
    }

    /** The pre-submission check: per case, what the DfE would refuse the return for. */
    @Operation(summary = "The SEN2 return's pre-submission check", description = """
            The pre-submission check of the SEN2 return for `year`, per case (docs/sen2-return.md).""")
    @ApiAnswers(value = 200, problems = 400)
    @GetMapping("/api/reports/sen2/check")
    Sen2Return.Check sen2Check(@RequestParam(required = false) Integer year, HttpServletRequest request) {
        Sen2Return.Check check = sen2.check(year);
        request.setAttribute(CaseAccessLog.CASES_SHOWN, check.problems().stream().map(p -> p.reference())
                .filter(java.util.Objects::nonNull).distinct().toList());
        return check;
    }

    private Figures.Rows cases(String measure, String outcome, ReportPeriod period, int page, int size,
                               HttpServletRequest request) {
        Figures.Rows rows = reports.cases(measure, outcome, period, page, size);
        request.setAttribute(CaseAccessLog.CASES_SHOWN, rows.cases().stream().map(Figures.Row::reference).toList());
        return rows;
    }
}
