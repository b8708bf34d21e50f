package org.ehcflow.system;

import java.util.Map;

/**
 * The request is well formed but the case is not in a state that allows it; answered with 409 problem details,
 * with {@code properties} (such as the existing case) beside the detail.
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
