package org.ehcflow.access;

import java.util.List;

import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.ehcflow.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A case's access log (managers and administrators) and its subject access export (administrators); see ApiAccess. */
@Tag(name = ApiTags.INFORMATION_GOVERNANCE)
@RestController
class CaseAccessController {

    private final CaseAccessLog log;
    private final CaseRepository cases;
    private final SubjectAccessExport export;

    CaseAccessController(CaseAccessLog log, CaseRepository cases, SubjectAccessExport export) {
        this.log = log;
        this.cases = cases;
        this.export = export;
    }

    @Operation(summary = "Everything held about a child's case, for a subject access request", description = """
            One JSON document: every row of every EHC Flow table that names the case (`tables`: the case, its
            deadlines, notices with their text, complaints, appeals, handovers, consultations, reviews, the access
            log...), the case's `timeline`, and each of its `journeys` with the values recorded in it. Administrators
            only; the export is itself a read in the access log.""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}/export")
    SubjectAccessExport.Document export(@PathVariable String reference) {
        return export.of(reference);
    }

    @Operation(summary = "Who read or changed the child's record", description = """
            Who read or changed the child's record, newest first (1000): `user`, `action` (READ or CHANGE),
            `endpoint` (such as `GET /api/cases/{reference}/timeline`, or `GET /cases/{reference}` for the case
            page), `at`. Every answered request about a case through `/api` and every case page is recorded once
            answered, and a search (`GET /api/cases`, the `/cases` page) records a read of each case it showed; a
            refused request is not. Managers and administrators; no endpoint changes the log""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}/access-log")
    List<CaseAccessLog.Entry> accessLog(@PathVariable String reference) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
        return log.of(reference);
    }
}
