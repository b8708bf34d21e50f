package org.ehcflow.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.ControlCharacters;
import org.ehcflow.system.PlausibleDates;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queries and complaints about a case as the API takes them: each starts its {@code complaint} journey. */
@Service
public class ComplaintLog {

    public static final String PROCESS = "complaint";
    public static final String MESSAGE_ESCALATED = "complaint-escalated";

    private final ComplaintRepository complaints;
    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    ComplaintLog(ComplaintRepository complaints, CaseRepository cases, RuntimeService runtime, EngineAsSystem engine) {
        this.complaints = complaints;
        this.cases = cases;
        this.runtime = runtime;
        this.engine = engine;
    }

    /** {@code POST /api/cases/{reference}/complaints}. */
    @Transactional
    public Complaint log(String reference, Complaint.New complaint) {
        requireCase(reference);
        check(complaint);
        Map<String, Object> variables = new HashMap<>();
        variables.put("kind", complaint.kind().name());
        variables.put("receivedOn", complaint.receivedOn().toString());
        variables.put("complainantName", complaint.complainantName());
        variables.put("complainantEmail", complaint.complainantEmail());
        variables.put("summary", complaint.summary());
        String pi = engine.call(() -> runtime.startProcessInstanceByKey(PROCESS, reference, variables).getId());
        long id = ((Number) engine.call(() -> runtime.getVariable(pi, "complaintId"))).longValue();
        return find(reference, id);
    }

    /** The complainant asked for stage 2 on {@code escalatedOn}, after the stage 1 response. */
    @Transactional
    public Complaint escalate(String reference, long id, LocalDate escalatedOn) {
        Complaint complaint = find(reference, id);
        if (complaint.status() != Complaint.Status.ANSWERED) {
            throw new ConflictException("Complaint " + id + " is " + complaint.status().name().toLowerCase()
                    + ": only a complaint answered at stage 1 and not yet closed can be escalated");
        }
        if (escalatedOn == null) {
            throw new InvalidFieldException("escalatedOn", "escalatedOn is required (YYYY-MM-DD)");
        }
        PlausibleDates.clockStart("escalatedOn", escalatedOn);
        if (escalatedOn.isAfter(Today.inLondon()) || escalatedOn.isBefore(complaint.respondedOn())) {
            throw new InvalidFieldException("escalatedOn", "escalatedOn must be between the stage 1 response ("
                    + complaint.respondedOn() + ") and today");
        }
        String pi = complaints.processInstanceOf(id);
        engine.run(() -> runtime.createMessageCorrelation(MESSAGE_ESCALATED).processInstanceId(pi)
                .setVariable("escalatedOn", escalatedOn.toString()).correlate());
        return find(reference, id);
    }

    public List<Complaint> forCase(String reference) {
        requireCase(reference);
        return complaints.forCase(reference);
    }

    public Complaint find(String reference, long id) {
        return complaints.find(id).filter(c -> c.caseReference().equals(reference))
                .orElseThrow(() -> new NotFoundException("Case " + reference + " has no complaint or query " + id));
    }

    private void requireCase(String reference) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
    }

    /** The checks the API and the Tasklist start form share; the field at fault is named. */
    static void check(Complaint.New complaint) {
        if (complaint.kind() == null) {
            throw new InvalidFieldException("kind", "kind is required: QUERY or COMPLAINT");
        }
        if (complaint.receivedOn() == null) {
            throw new InvalidFieldException("receivedOn", "receivedOn is required (YYYY-MM-DD)");
        }
        PlausibleDates.clockStart("receivedOn", complaint.receivedOn());
        ControlCharacters.refuse("complainantName", complaint.complainantName(), "complainantEmail", complaint.complainantEmail(),
                "summary", complaint.summary());
        if (complaint.receivedOn().isAfter(Today.inLondon())) {
            throw new InvalidFieldException("receivedOn", "receivedOn cannot be after today");
        }
        if (complaint.complainantName() == null || complaint.complainantName().isBlank() || complaint.complainantName().length() > 200) {
            throw new InvalidFieldException("complainantName", "complainantName is required, at most 200 characters");
        }
        if (complaint.complainantEmail() != null && !complaint.complainantEmail().isBlank()
                && !complaint.complainantEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidFieldException("complainantEmail", "complainantEmail is not an email address");
        }
        if (complaint.summary() == null || complaint.summary().isBlank() || complaint.summary().length() > 4000) {
            throw new InvalidFieldException("summary", "summary is required, at most 4000 characters: what the query or complaint is about");
        }
    }
}
