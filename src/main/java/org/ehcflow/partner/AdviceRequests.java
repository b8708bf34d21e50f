package org.ehcflow.partner;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by bpmn/advice-request.bpmn as {@code advice}: turns the caller's {@code adviceKind} (EDUCATIONAL, MEDICAL,
 * PSYCHOLOGICAL or SOCIAL_CARE) into the variables the process routes on.
 */
@Component("advice")
public class AdviceRequests {

    public void describe(DelegateExecution execution) {
        Object kind = execution.getVariable("adviceKind");
        AdviceKind advice;
        try {
            advice = AdviceKind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("adviceKind must be one of EDUCATIONAL, MEDICAL, PSYCHOLOGICAL,"
                    + " SOCIAL_CARE, not " + kind);
        }
        execution.setVariable("adviceKey", advice.deadline().name());
        execution.setVariable("adviceWords", advice.words());
        execution.setVariable("adviserGroup", advice.group());
        execution.setVariable("adviserRole", advice.recipient().name());
    }
}
