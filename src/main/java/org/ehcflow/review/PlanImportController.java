package org.ehcflow.review;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/plans/import} (text/csv): a council's existing plans, all or nothing (see {@link PlanImport}).
 * {@code GET /api/plans/import/template}: the header line and one example row.
 */
@RestController
class PlanImportController {

    private final PlanImport planImport;

    PlanImportController(PlanImport planImport) {
        this.planImport = planImport;
    }

    @PostMapping(path = "/api/plans/import", consumes = "text/csv")
    PlanImport.Result importPlans(@RequestBody(required = false) String csv) {
        return planImport.importCsv(csv == null ? "" : csv);
    }

    @GetMapping(path = "/api/plans/import/template", produces = "text/csv")
    String template() {
        return PlanImportColumns.TEMPLATE;
    }
}
