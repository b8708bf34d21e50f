package org.ehcflow.caseload;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ehcflow.system.FormValues;
import org.springframework.stereotype.Component;

/** The managers' allocation of a case from the unassigned queue, by the name {@code allocations}. */
@Component("allocations")
public class ProcessAllocations {

    private final Reassignments reassignments;

    ProcessAllocations(Reassignments reassignments) {
        this.reassignments = reassignments;
    }

    /** "Name an officer for the case" completed with {@code caseOfficer} and {@code allocationNote}. */
    public void named(DelegateTask task) {
        String note = FormValues.text(task.getVariable("allocationNote"));
        String reason = note != null ? note : "Allocated from the team's unassigned queue";
        Authentication manager = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        reassignments.allocate(task.getExecution().getProcessBusinessKey(), (String) task.getVariable("caseOfficer"), reason,
                manager != null ? manager.getUserId() : task.getAssignee() != null ? task.getAssignee() : "system");
    }
}
