package org.ehcflow.caseload;

import java.net.URI;
import java.util.List;

import org.ehcflow.casefile.Handover;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The team's caseloads and the moving of cases: managers and administrators only (see ApiSecurity). */
@Tag(name = ApiTags.CASELOADS)
@RestController
class CaseloadsController {

    private final Caseloads caseloads;
    private final Reassignments reassignments;

    CaseloadsController(Caseloads caseloads, Reassignments reassignments) {
        this.caseloads = caseloads;
        this.reassignments = reassignments;
    }

    @Operation(summary = "The team's caseloads", description = """
            One object per case officer: `officer`, `name`, `openCases`, `openTasks`, `dueWithin7Days` (statutory
            deadlines of their open cases due in the next 7 days), `overdue` (past their day and not done),
            `breachedLast30Days` (clocks found missed in the last 30 days, counted by the day of the breach),
            `available` (not away today), `cap`, `openComplaints` (queries and complaints about their cases not yet
            closed)""")
    @ApiAnswers(200)
    @GetMapping("/api/caseloads")
    List<OfficerCaseload> team() {
        return caseloads.team();
    }

    @Operation(summary = "The unassigned queue", description = """
            The team's unassigned queue: open cases with no named officer, each with its `nextDeadline`""")
    @ApiAnswers(200)
    @GetMapping("/api/caseloads/unassigned")
    List<HeldCase> unassigned() {
        return caseloads.unassigned();
    }

    @Operation(summary = "Set an officer's caseload cap", description = """
            `{"maxOpenCases": 40}` (or `null` to clear it): the most open cases the officer may hold; at the cap
            they get no new cases. Answers their row, with its `cap`""")
    @ApiAnswers(value = 200, problems = 400)
    @PutMapping("/api/caseloads/{officer}/cap")
    OfficerCaseload cap(@PathVariable String officer, @RequestBody Caseloads.Cap cap, Authentication caller) {
        return caseloads.setCap(officer, cap, caller.getName());
    }

    @Operation(summary = "An officer's caseload", description = """
            That row, the officer's open `cases` each with its `nextDeadline` (the council's most pressing; the
            family's own periods, such as the parent's 15 days, are left out of these figures), and their current
            and coming `absences`""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/caseloads/{officer}")
    Caseloads.OfficerCases officer(@PathVariable String officer) {
        return caseloads.of(officer);
    }

    @Operation(summary = "Record an officer's absence", description = """
            `{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "reason": "Annual leave"}`: the officer is away those days
            (shown as not `available`; no cases are spread to them); `201`""")
    @ApiAnswers(value = 201, problems = 400)
    @PostMapping("/api/caseloads/{officer}/absences")
    ResponseEntity<Absence> absence(@PathVariable String officer, @RequestBody Absence.New absence, Authentication caller) {
        Absence recorded = caseloads.recordAbsence(officer, absence, caller.getName());
        return ResponseEntity.created(URI.create("/api/caseloads/" + officer)).body(recorded);
    }

    @Operation(summary = "Move an officer's cases", description = """
            `{"to": "officer3", "reason": "…"}` for all the officer's open cases, or `{"spread": true, "reason":
            "…"}` to spread them, one at a time, to the available officer holding fewest; either with `"cases":
            ["…"]` for a selection. All or nothing: a case not held by the officer is refused naming `cases`""")
    @ApiAnswers(value = 200, problems = {400, 409})
    @PostMapping("/api/caseloads/{officer}/reassign")
    List<Handover> reassignCaseload(@PathVariable String officer, @RequestBody Reassignment request, Authentication caller) {
        return reassignments.reassignCaseload(officer, request, caller.getName());
    }

    @Operation(summary = "Move a case to another officer", description = """
            `{"to": "officer3", "reason": "…", "from": "officer1" (optional)}`: the case's named officer changes and
            every open task the old officer held on it moves too (partner tasks stay with their groups; later tasks
            follow the named officer). Answers the handover notes, which show on the case as `handovers`
            (`fromOfficer`, `toOfficer`, `reason`, `handedOverBy`, `handedOverAt`); the new officer is told the
            cases received. A move that finds the case moved meanwhile (or not held by `from`), or already held by
            `to`, is refused with 409: two managers moving one case at once cannot split it""")
    @ApiAnswers(value = 200, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/reassign")
    List<Handover> reassignCase(@PathVariable String reference, @RequestBody Reassignment request, Authentication caller) {
        return reassignments.reassignCase(reference, request, caller.getName());
    }
}
