package org.ehcflow.models;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;

/** A deployment the model rules refuse: nothing of it is deployed. */
public class RejectedModelException extends ProcessEngineException {

    private final transient List<ModelRules.Violation> violations;

    RejectedModelException(List<ModelRules.Violation> violations) {
        super("The deployment was refused, nothing was deployed: " + violations.stream().map(Object::toString)
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<ModelRules.Violation> violations() {
        return violations;
    }
}
