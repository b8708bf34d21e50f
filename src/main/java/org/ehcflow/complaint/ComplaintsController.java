package org.ehcflow.complaint;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Queries and complaints about a case. Officers, managers and administrators (see ApiSecurity). */
@Tag(name = ApiTags.APPEALS_AND_COMPLAINTS)
@RestController
class ComplaintsController {

    private final ComplaintLog complaints;

    ComplaintsController(ComplaintLog complaints) {
        this.complaints = complaints;
    }

    @Operation(summary = "Log a query or complaint", description = """
            `{"kind": "QUERY|COMPLAINT", "receivedOn": "YYYY-MM-DD", "complainantName", "complainantEmail"
            (optional), "summary"}`: a query or complaint about the case, worked by its named officer; `201`
            with the complaint. `GET` lists the case's queries and complaints, `GET …/complaints/{id}` reads one""")
    @ApiAnswers(value = 201, problems = {400, 404})
    @PostMapping("/api/cases/{reference}/complaints")
    ResponseEntity<Complaint> log(@PathVariable String reference, @RequestBody Complaint.New complaint) {
        Complaint logged = complaints.log(reference, complaint);
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/complaints/" + logged.id())).body(logged);
    }

    @Operation(summary = "A case's queries and complaints", description = """
            The case's queries and complaints, open and closed.""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}/complaints")
    List<Complaint> forCase(@PathVariable String reference) {
        return complaints.forCase(reference);
    }

    @Operation(summary = "Read a query or complaint", description = """
            One query or complaint of the case.""")
    @ApiAnswers(value = 200, problems = {400, 404})
    @GetMapping("/api/cases/{reference}/complaints/{id}")
    Complaint get(@PathVariable String reference, @PathVariable long id) {
        return complaints.find(reference, id);
    }

    @Operation(summary = "Escalate a complaint to stage 2", description = """
            `{"escalatedOn": "YYYY-MM-DD"}`: the complainant asked for stage 2 after the stage 1 response; `409`
            unless the complaint is answered at stage 1 and still open to escalation""")
    @ApiAnswers(value = 200, problems = {400, 404, 409})
    @PostMapping("/api/cases/{reference}/complaints/{id}/escalation")
    Complaint escalate(@PathVariable String reference, @PathVariable long id, @RequestBody Escalation escalation) {
        return complaints.escalate(reference, id, escalation.escalatedOn());
    }

    record Escalation(LocalDate escalatedOn) {
    }
}
