package org.ehcflow.deadline;

/** A counting rule was asked for a due date without an input it needs (for example the phase of a transfer). */
public class MissingRuleInputException extends RuntimeException {

    private final String field;

    public MissingRuleInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
