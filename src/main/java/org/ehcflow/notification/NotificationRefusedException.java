package org.ehcflow.notification;

/**
 * The sending service refused a message, and would refuse it again: the step becomes an incident at once, with the
 * service's reason, rather than being retried for an hour ({@link RefusedNoticeIncidents}).
 */
public class NotificationRefusedException extends NotificationFailedException {

    public NotificationRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
