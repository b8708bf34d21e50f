package org.ehcflow.notification;

import java.time.Instant;

/** A message as recorded in the notification table, whether or not it could be sent. */
public record Notification(long id, String idempotencyKey, String caseReference, RecipientRole recipientRole,
                           String recipientName, String recipientAddress, Channel channel, String subject,
                           String body, Status status, int attempts, String lastError, Instant createdAt,
                           Instant sentAt) {

    /** EMAIL: sent by SMTP. RECORD: no mail server or no address; the message is kept for officers to read and send. */
    public enum Channel { EMAIL, RECORD }

    public enum Status { SENDING, SENT, FAILED, RECORDED }
}
