package org.ehcflow.complaint;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Queries and complaints about a case. Officers, managers and administrators (see ApiSecurity). */
@RestController
class ComplaintsController {

    private final ComplaintLog complaints;

    ComplaintsController(ComplaintLog complaints) {
        this.complaints = complaints;
    }

    @PostMapping("/api/cases/{reference}/complaints")
    ResponseEntity<Complaint> log(@PathVariable String reference, @RequestBody Complaint.New complaint) {
        Complaint logged = complaints.log(reference, complaint);
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/complaints/" + logged.id())).body(logged);
    }

    @GetMapping("/api/cases/{reference}/complaints")
    List<Complaint> forCase(@PathVariable String reference) {
        return complaints.forCase(reference);
    }

    @GetMapping("/api/cases/{reference}/complaints/{id}")
    Complaint get(@PathVariable String reference, @PathVariable long id) {
        return complaints.find(reference, id);
    }

    @PostMapping("/api/cases/{reference}/complaints/{id}/escalation")
    Complaint escalate(@PathVariable String reference, @PathVariable long id, @RequestBody Escalation escalation) {
        return complaints.escalate(reference, id, escalation.escalatedOn());
    }

    record Escalation(LocalDate escalatedOn) {
    }
}
