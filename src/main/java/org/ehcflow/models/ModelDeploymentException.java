package org.ehcflow.models;

/** A model under bpmn/ or forms/ cannot be deployed; start-up stops with this message. */
public class ModelDeploymentException extends RuntimeException {

    public ModelDeploymentException(String message) {
        super(message);
    }

    public ModelDeploymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
