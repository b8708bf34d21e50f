package org.ehcflow.system;

/** The resource a request names does not exist; answered with 404 problem details. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
