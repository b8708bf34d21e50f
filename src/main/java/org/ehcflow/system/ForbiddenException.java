package org.ehcflow.system;

/** The caller may use the endpoint but not on this case; answered with 403 problem details saying who may. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
