package org.ehcflow.assessment;

import java.net.URI;

import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/cases}: a request for an EHC needs assessment. Answers 201 with the new case. */
@Tag(name = ApiTags.CASES)
@RestController
class AssessmentRequestsController {

    private final AssessmentRequests requests;
    private final CaseViews views;

    AssessmentRequestsController(AssessmentRequests requests, CaseViews views) {
        this.requests = requests;
        this.views = views;
    }

    @Operation(summary = "Register a request for an EHC needs assessment", description = """
            A request for an EHC needs assessment: `201` with `Location: /api/cases/{reference}` and the
            case; the case gets the case officer with the fewest open cases among those not away today and under
            their caseload cap, and its journey starts. If every officer is away or full, the case goes to the
            team's unassigned queue and the managers get the task *Name an officer for the case*
            (`bpmn/case-allocation.bpmn`); its officer tasks wait until then A request for a child whose needs
            assessment is already in progress (the same UPN, or the same names and date of birth) is refused with
            409 naming the case in `existingCase`; `requestReceived` may be in the past but not in the future, and
            the child must be 0 to 25 years old on it.""")
    @ApiAnswers(value = 201, problems = {400, 409})
    @PostMapping("/api/cases")
    ResponseEntity<CaseView> receive(@RequestBody NewCase request) {
        CaseRecord c = requests.receive(request);
        return ResponseEntity.created(URI.create("/api/cases/" + c.reference())).body(views.of(c.reference()));
    }
}
