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

    /** The ledger's connections: what is written here is committed whatever becomes of the step writing it. */
    private final JdbcClient jdbc;
    /** The connection of the step itself (the main pool's, in its transaction). */
    private final JdbcClient step;

    NotificationRepository(NotificationLedger ledger, JdbcClient step) {
        this.jdbc = ledger.jdbc();
        this.step = step;
    }

    Optional<Notification> findByKey(String idempotencyKey) {
        return findByKey(jdbc, idempotencyKey);
    }

    /** As the step sees it: what the ledger committed, and what the step itself recorded. */
    Optional<Notification> findByKeyWithTheStep(String idempotencyKey) {
        return findByKey(step, idempotencyKey);
    }

    private static Optional<Notification> findByKey(JdbcClient jdbc, String idempotencyKey) {
        return jdbc.sql("select * from notification where idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(NotificationRepository::map).optional();
    }

    /** A notice to be sent, written as SENDING on the ledger before it goes. */
    Notification insertSending(String idempotencyKey, String caseReference, Recipient recipient, Notification.Channel channel,
                               String subject, String body) {
        insert(jdbc, idempotencyKey, caseReference, recipient, channel, Notification.Status.SENDING, subject, body);
        return findByKey(idempotencyKey).orElseThrow();
    }

    /** A notice only recorded (no service sends to its recipient), written with the step that records it. */
    Notification insertRecordedWithTheStep(String idempotencyKey, String caseReference, Recipient recipient,
                                           String subject, String body) {
        insert(step, idempotencyKey, caseReference, recipient, Notification.Channel.RECORD, Notification.Status.RECORDED,
                subject, body);
        return findByKey(step, idempotencyKey).orElseThrow();
    }

    private static void insert(JdbcClient jdbc, String idempotencyKey, String caseReference, Recipient recipient,
                               Notification.Channel channel, Notification.Status status, String subject, String body) {
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
