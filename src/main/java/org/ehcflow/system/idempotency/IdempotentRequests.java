package org.ehcflow.system.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The first answers to requests sent with an Idempotency-Key, kept a week for their retries. */
@Repository
class IdempotentRequests {

    static final Duration KEPT = Duration.ofDays(7);

    record Answer(String requestHash, int status, String contentType, String location, String body) {
    }

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Answer> find(String caller, String key) {
        return jdbc.sql("""
                select request_hash, response_status, response_type, response_location, response_body
                from idempotent_request where caller = :caller and idempotency_key = :key""")
                .param("caller", caller).param("key", key)
                .query((rs, row) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /**
     * Claims the key for this request in the caller's transaction. A second request with the same key waits here
     * until the first commits (then it fails on the key and replays the first answer) or rolls back (then it goes on).
     */
    void claim(String caller, String key, String method, String path, String requestHash) {
        jdbc.sql("delete from idempotent_request where created_at < :before")
                .param("before", Timestamp.from(Instant.now().minus(KEPT))).update();
        jdbc.sql("""
                insert into idempotent_request (caller, idempotency_key, request_method, request_path, request_hash,
                    response_status, created_at)
                values (:caller, :key, :method, :path, :hash, 0, :now)""")
                .param("caller", caller).param("key", key).param("method", method).param("path", path)
                .param("hash", requestHash).param("now", Timestamp.from(Instant.now()))
                .update();
    }

    void answer(String caller, String key, int status, String contentType, String location, String body) {
        jdbc.sql("""
                update idempotent_request set response_status = :status, response_type = :type,
                    response_location = :location, response_body = :body
                where caller = :caller and idempotency_key = :key""")
                .param("status", status).param("type", contentType).param("location", location).param("body", body)
                .param("caller", caller).param("key", key)
                .update();
    }
}
