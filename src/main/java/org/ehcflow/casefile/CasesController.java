package org.ehcflow.casefile;

import java.time.LocalDate;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Finds and reads cases. Officers, managers and administrators only (see ApiSecurity). */
@Tag(name = ApiTags.CASES)
@RestController
class CasesController {

    private final CaseViews views;
    private final CaseSearch search;

    CasesController(CaseViews views, CaseSearch search) {
        this.views = views;
        this.search = search;
    }

    @Operation(summary = "Find cases", description = """
            Case search: `q` is a reference, UPN, part of the child's, parent's or school's name (any case, accents,
            word order) or a date of birth (`dd/mm/yyyy` or `YYYY-MM-DD`); `stage`, the named `officer`, and
            `dueBefore` (a council deadline still open and due before that day) narrow it. Newest first; `page` from
            0, `size` 1-100 (default 20). Answers `{"items": [{"reference", "childName", "dateOfBirth", "upn",
            "parentName", "schoolName", "stage", "stageInWords", "caseOfficer", "nextDeadline": {"key", "dueDate",
            "requirement"}}], "page", "size", "total"}`""")
    @ApiAnswers(value = 200, problems = 400)
    @GetMapping("/api/cases")
    CaseSearch.Page find(@RequestParam(required = false) String q, @RequestParam(required = false) String stage,
                         @RequestParam(required = false) String officer, @RequestParam(required = false) LocalDate dueBefore,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                         jakarta.servlet.http.HttpServletRequest request) {
        CaseSearch.Page found = search.find(new CaseSearch.Criteria(q, stage, officer, dueBefore, page, size));
        request.setAttribute(org.ehcflow.access.CaseAccessLog.CASES_SHOWN,
                found.items().stream().map(CaseSearch.Found::reference).toList());
        return found;
    }

    @Operation(summary = "Read a case", description = """
            The case: child, parent, school, `caseOfficer`, `stage`, `flags` (such as a completed assessment less
            than 6 months before the request), `deadlines` (`key`, `startDate`, `dueDate`, `status`
            OPEN/MET/BREACHED/CANCELLED, `metOn`, `exception`, `recovery`), `handovers` (the notes of each change of
            officer) and `openComplaints` (queries and complaints not yet closed)""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}")
    CaseView get(@PathVariable String reference) {
        return views.of(reference);
    }
}
