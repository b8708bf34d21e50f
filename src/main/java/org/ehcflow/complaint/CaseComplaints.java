package org.ehcflow.complaint;

import java.util.List;

import org.ehcflow.casefile.OpenComplaints;
import org.springframework.stereotype.Component;

/** The case view's open queries and complaints. */
@Component
class CaseComplaints implements OpenComplaints {

    private final ComplaintRepository complaints;

    CaseComplaints(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public List<Summary> of(String caseReference) {
        return complaints.open(caseReference).stream().map(c -> new Summary(c.id(), c.kind().name(), c.receivedOn(),
                c.status().name(), c.complainantName())).toList();
    }
}
