package org.ehcflow.notification;

import java.time.Instant;

/** A message as recorded in the notification table, whether or not it could be sent. */
public record Notification(long id, String idempotencyKey, String caseReference, RecipientRole recipientRole,
                           String recipientName, String recipientAddress, Channel channel, String subject,
                           String body, Status status, int attempts, String lastError, Instant createdAt,
                           Instant sentAt) {

    /**
     * EMAIL: by the mail server or GOV.UK Notify. SMS: a text message by GOV.UK Notify, where the council enables
     * them. RECORD: no way to send it or no address; the message is kept for officers to read and send.
     */
    public enum Channel { EMAIL, SMS, RECORD }

    public enum Status { SENDING, SENT, FAILED, RECORDED }
}
