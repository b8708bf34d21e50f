package org.ehcflow.system;

/** A request field holds a value the API cannot accept; answered with 400 problem details naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
