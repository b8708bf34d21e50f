package org.ehcflow.system;

/** The request is well formed but the case is not in a state that allows it; answered with 409 problem details. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
