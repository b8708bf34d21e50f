package org.ehcflow.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(NotificationLedger ledger) {
        this.jdbc = ledger.jdbc();
    }

    Optional<Notification> findByKey(String idempotencyKey) {
        return jdbc.sql("select * from notification where idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(NotificationRepository::map).optional();
    }

    /** A notice to be sent is written as SENDING; one only recorded (no service sends to its recipient) is done. */
    Notification insert(String idempotencyKey, String caseReference, Recipient recipient, Notification.Channel channel,
                        String subject, String body) {
        Notification.Status status = channel == Notification.Channel.RECORD ? Notification.Status.RECORDED
                : Notification.Status.SENDING;
        jdbc.sql("""
                insert into notification (idempotency_key, case_reference, recipient_role, recipient_name,
                    recipient_address, channel, subject, body, status, attempts, created_at)
                values (:key, :caseReference, :role, :name, :address, :channel, :subject, :body, :status, 0, :now)""")
                .param("key", idempotencyKey)
                .param("caseReference", caseReference)
                .param("role", recipient.role().name())
                .param("name", recipient.name())
                .param("address", recipient.address())
                .param("channel", channel.name())
                .param("subject", subject)
                .param("body", body)
                .param("status", status.name())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return findByKey(idempotencyKey).orElseThrow();
    }

    /** @param providerId the sending service's id for it (GOV.UK Notify's), or null */
    void markSent(long id, String providerId) {
        jdbc.sql("""
                        update notification set status = 'SENT', attempts = attempts + 1, last_error = null, sent_at = :now,
                            provider_id = :providerId where id = :id""")
                .param("now", Timestamp.from(Instant.now())).param("providerId", providerId).param("id", id).update();
    }

    void markRecorded(long id) {
        jdbc.sql("update notification set status = 'RECORDED' where id = :id").param("id", id).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("update notification set status = 'FAILED', attempts = attempts + 1, last_error = :error where id = :id")
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error).param("id", id).update();
    }

    List<Notification> forCase(String caseReference) {
        return jdbc.sql("select * from notification where case_reference = :caseReference order by created_at, id")
                .param("caseReference", caseReference)
                .query(NotificationRepository::map).list();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Notification(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("case_reference"),
                RecipientRole.valueOf(rs.getString("recipient_role")), rs.getString("recipient_name"),
                rs.getString("recipient_address"), Notification.Channel.valueOf(rs.getString("channel")),
                rs.getString("subject"), rs.getString("body"), Notification.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }
}
