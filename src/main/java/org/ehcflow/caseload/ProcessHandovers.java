package org.ehcflow.caseload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.Handover;
import org.ehcflow.casefile.HandoverRepository;
import org.ehcflow.notification.ProcessNotifications;
import org.springframework.stereotype.Component;

/**
 * The message to an officer who received cases, by the name {@code handovers}: the list is read from the handover
 * notes of the reassignment ({@code handoverBatch}), as it can be far longer than a process variable may be.
 */
@Component("handovers")
public class ProcessHandovers {

    private final HandoverRepository handovers;
    private final CaseRepository cases;
    private final ProcessNotifications notify;

    ProcessHandovers(HandoverRepository handovers, CaseRepository cases, ProcessNotifications notify) {
        this.handovers = handovers;
        this.cases = cases;
        this.notify = notify;
    }

    /** From an asynchronous service task: tells {@code newOfficer} the cases received and why. */
    public void tellNewOfficer(DelegateExecution execution) {
        List<Handover> received = handovers.batch((String) execution.getVariable("handoverBatch"),
                (String) execution.getVariable("newOfficer"));
        Map<String, String> values = new HashMap<>();
        values.put("casesReceived", received.stream().map(h -> {
            CaseRecord c = cases.find(h.caseReference()).orElseThrow();
            return "- " + c.reference() + ": " + c.child().givenName() + " " + c.child().familyName();
        }).collect(Collectors.joining("\n")));
        values.put("casesCount", String.valueOf(received.size()));
        values.put("handoverReason", received.get(0).reason());
        values.put("handedOverBy", received.get(0).handedOverBy());
        values.put("fromOfficer", received.stream().map(Handover::fromOfficer).distinct()
                .map(o -> o == null ? "the unassigned queue" : o).collect(Collectors.joining(", ")));
        notify.sendWith(execution, "cases-handed-over", "OFFICER", values);
    }
}
