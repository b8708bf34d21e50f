package org.ehcflow.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ehcflow.casefile.ProcessCases;
import org.springframework.stereotype.Component;

/**
 * The advice of an assessment as BPMN sees it, by the name {@code advice}. The needs-assessment journey asks
 * {@code ${advice.kindsToRequest(execution)}} which requests to make; bpmn/advice-request.bpmn turns its
 * {@code adviceKind} into the variables it routes on with {@code ${advice.describe(execution)}}.
 */
@Component("advice")
public class AdviceRequests {

    private final ProcessCases cases;

    AdviceRequests(ProcessCases cases) {
        this.cases = cases;
    }

    /** Educational, medical, psychological and social care advice always; other advice when the officer asked for it. */
    public List<String> kindsToRequest(DelegateExecution execution) {
        List<String> kinds = new ArrayList<>(AdviceKind.ALWAYS_SOUGHT.stream().map(Enum::name).toList());
        if (Boolean.TRUE.equals(execution.getVariable("otherAdviceRequested"))) {
            kinds.add(AdviceKind.OTHER.name());
        }
        return kinds;
    }

    public void describe(DelegateExecution execution) {
        AdviceKind advice = kindOf(execution);
        execution.setVariable("adviceKey", advice.deadline().name());
        execution.setVariable("adviceWords", advice.words());
        execution.setVariable("adviserGroup", advice.group());
        execution.setVariable("adviserRole", advice.recipient().name());
    }

    /** Partner advice is offered to the partner's group; other advice is the case officer's to record. */
    public String assigneeOf(DelegateExecution execution) {
        return kindOf(execution).workedByPartner() ? null : cases.officerOf(execution);
    }

    private static AdviceKind kindOf(DelegateExecution execution) {
        Object kind = execution.getVariable("adviceKind");
        try {
            return AdviceKind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("adviceKind must be one of " + Arrays.toString(AdviceKind.values())
                    + ", not " + kind);
        }
    }
}
