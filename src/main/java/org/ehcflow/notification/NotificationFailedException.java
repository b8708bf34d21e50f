package org.ehcflow.notification;

/** A message could not be sent; thrown so the step that sent it is retried and, in the end, becomes an incident. */
public class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
