package org.ehcflow.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The case as BPMN sees it, by the name {@code cases}: {@code camunda:assignee="${cases.officerOf(execution)}"}. */
@Component("cases")
public class ProcessCases {

    private final CaseRepository cases;

    ProcessCases(CaseRepository cases) {
        this.cases = cases;
    }

    /** The case's named officer, read when the task is created so that a reassigned case's new tasks follow it. */
    public String officerOf(DelegateExecution execution) {
        return cases.find(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No case " + execution.getProcessBusinessKey()))
                .caseOfficer();
    }
}
