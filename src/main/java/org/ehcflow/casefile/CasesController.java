package org.ehcflow.casefile;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reads a case. Officers, managers and administrators only (see ApiSecurity). */
@RestController
class CasesController {

    private final CaseViews views;

    CasesController(CaseViews views) {
        this.views = views;
    }

    @GetMapping("/api/cases/{reference}")
    CaseView get(@PathVariable String reference) {
        return views.of(reference);
    }
}
