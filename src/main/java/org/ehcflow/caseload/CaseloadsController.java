package org.ehcflow.caseload;

import java.net.URI;
import java.util.List;

import org.ehcflow.casefile.Handover;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The team's caseloads and the moving of cases: managers and administrators only (see ApiSecurity). */
@RestController
class CaseloadsController {

    private final Caseloads caseloads;
    private final Reassignments reassignments;

    CaseloadsController(Caseloads caseloads, Reassignments reassignments) {
        this.caseloads = caseloads;
        this.reassignments = reassignments;
    }

    @GetMapping("/api/caseloads")
    List<OfficerCaseload> team() {
        return caseloads.team();
    }

    @GetMapping("/api/caseloads/unassigned")
    List<HeldCase> unassigned() {
        return caseloads.unassigned();
    }

    @PutMapping("/api/caseloads/{officer}/cap")
    OfficerCaseload cap(@PathVariable String officer, @RequestBody Caseloads.Cap cap, Authentication caller) {
        return caseloads.setCap(officer, cap, caller.getName());
    }

    @GetMapping("/api/caseloads/{officer}")
    Caseloads.OfficerCases officer(@PathVariable String officer) {
        return caseloads.of(officer);
    }

    @PostMapping("/api/caseloads/{officer}/absences")
    ResponseEntity<Absence> absence(@PathVariable String officer, @RequestBody Absence.New absence, Authentication caller) {
        Absence recorded = caseloads.recordAbsence(officer, absence, caller.getName());
        return ResponseEntity.created(URI.create("/api/caseloads/" + officer)).body(recorded);
    }

    @PostMapping("/api/caseloads/{officer}/reassign")
    List<Handover> reassignCaseload(@PathVariable String officer, @RequestBody Reassignment request, Authentication caller) {
        return reassignments.reassignCaseload(officer, request, caller.getName());
    }

    @PostMapping("/api/cases/{reference}/reassign")
    List<Handover> reassignCase(@PathVariable String reference, @RequestBody Reassignment request, Authentication caller) {
        return reassignments.reassignCase(reference, request, caller.getName());
    }
}
