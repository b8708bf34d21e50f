package org.ehcflow.system.enginerest;

/** The engine and Camunda's REST resources wrap what a step threw: the first cause of a type, however deep. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
