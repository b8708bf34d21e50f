package org.ehcflow.assessment;

import java.net.URI;

import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.ehcflow.casefile.NewCase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases}: a request for an EHC needs assessment. Answers 201 with the new case. */
@RestController
class AssessmentRequestsController {

    private final AssessmentRequests requests;
    private final CaseViews views;

    AssessmentRequestsController(AssessmentRequests requests, CaseViews views) {
        this.requests = requests;
        this.views = views;
    }

    @PostMapping("/api/cases")
    ResponseEntity<CaseView> receive(@RequestBody NewCase request) {
        CaseRecord c = requests.receive(request);
        return ResponseEntity.created(URI.create("/api/cases/" + c.reference())).body(views.of(c.reference()));
    }
}
