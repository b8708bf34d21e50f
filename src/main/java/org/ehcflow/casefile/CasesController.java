package org.ehcflow.casefile;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finds and reads cases. Officers, managers and administrators only (see ApiSecurity). */
@RestController
class CasesController {

    private final CaseViews views;
    private final CaseSearch search;

    CasesController(CaseViews views, CaseSearch search) {
        this.views = views;
        this.search = search;
    }

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

    @GetMapping("/api/cases/{reference}")
    CaseView get(@PathVariable String reference) {
        return views.of(reference);
    }
}
