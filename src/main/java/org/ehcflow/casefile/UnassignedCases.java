package org.ehcflow.casefile;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * The team's unassigned queue: a case no officer could take (all away or at their cap) is given to the managers
 * to allocate ({@code case-allocation}), so that no case is parked without anyone knowing.
 */
@Component
public class UnassignedCases {

    public static final String PROCESS = "case-allocation";
    /** An officer was named for the case another way (a manager's reassignment): the allocation task ends. */
    public static final String MESSAGE_OFFICER_NAMED = "case-officer-named";

    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    UnassignedCases(RuntimeService runtime, EngineAsSystem engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    public void queue(String reference) {
        engine.run(() -> runtime.startProcessInstanceByKey(PROCESS, reference, Map.of("caseReference", reference)));
    }

    /** The case has its officer now: a manager's allocation task for it, if any, is no longer needed. */
    public void officerNamed(String reference) {
        engine.run(() -> runtime.createMessageCorrelation(MESSAGE_OFFICER_NAMED).processInstanceBusinessKey(reference)
                .correlateAll());
    }
}
