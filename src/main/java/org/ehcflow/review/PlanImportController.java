package org.ehcflow.review;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/plans/import} (text/csv): a council's existing plans, all or nothing (see {@link PlanImport}).
 * {@code GET /api/plans/import/template}: the header line and one example row.
 */
@Tag(name = ApiTags.CASES)
@RestController
class PlanImportController {

    private final PlanImport planImport;

    PlanImportController(PlanImport planImport) {
        this.planImport = planImport;
    }

    @Operation(summary = "Import a council's existing plans (CSV)", description = """
            A council's existing plans, one row per plan (managers and administrators). **All or nothing:** every
            row is checked first; if any is rejected the answer is `400` with `errors: [{"line", "field",
            "detail"}]` for each, and nothing is imported. Otherwise `200` with `imported`, `alreadyImported` and
            each row's `line`, `reference` and `outcome`. A plan already held (same case reference, UPN, or names
            and date of birth) is left as it is, so importing a file again adds nothing. The checked rows are
            written 250 at a time, each batch committed on its own: if the service stops part-way, import the same
            file again to write the rest. Cases without a `case_officer` are allocated as new cases are, and go to
            the unassigned queue when nobody can take them""")
    @ApiAnswers(value = 200, problems = {400, 415})
    @PostMapping(path = "/api/plans/import", consumes = "text/csv")
    PlanImport.Result importPlans(@RequestBody(required = false) String csv) {
        return planImport.importCsv(csv == null ? "" : csv);
    }

    @Operation(summary = "The import's CSV template", description = """
            The CSV header and one example row""")
    @ApiAnswers(200)
    @GetMapping(path = "/api/plans/import/template", produces = "text/csv")
    String template() {
        return PlanImportColumns.TEMPLATE;
    }
}
