package org.ehcflow.system;

import java.util.List;

/** Rows of an uploaded file that cannot be accepted; answered with 400 problem details listing each row and field. */
public class InvalidRowsException extends RuntimeException {

    /** @param line the line of the file, the header being line 1 */
    public record RowError(int line, String field, String detail) {
    }

    private final List<RowError> errors;

    public InvalidRowsException(String message, List<RowError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
