package org.ehcflow.casefile;

import java.util.ArrayList;
import java.util.List;

import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Component;

/** Builds the API's view of a case from the case table, its deadlines, its handover notes and its open complaints. */
@Component
public class CaseViews {

    private final CaseRepository cases;
    private final DeadlineRepository deadlines;
    private final CaseRegistration registration;
    private final HandoverRepository handovers;
    private final OpenComplaints complaints;

    CaseViews(CaseRepository cases, DeadlineRepository deadlines, CaseRegistration registration, HandoverRepository handovers,
              OpenComplaints complaints) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.registration = registration;
        this.handovers = handovers;
        this.complaints = complaints;
    }

    public CaseView of(String reference) {
        CaseRecord c = cases.find(reference).orElseThrow(() -> new NotFoundException("There is no case " + reference));
        List<String> flags = new ArrayList<>();
        registration.recentAssessmentBefore(c).ifPresent(completed -> flags.add(
                "An assessment of this child was completed on " + completed + ", less than 6 months before this"
                        + " request: the LA need not consider it (Children and Families Act 2014 s.36(6))"));
        return new CaseView(c.reference(), c.child(), c.parent(), c.school(), c.requester(), c.requestReceived(),
                c.caseOfficer(), c.stage(), flags,
                deadlines.forCase(reference).stream().map(CaseView.DeadlineView::of).toList(), handovers.forCase(reference),
                complaints.of(reference));
    }
}
