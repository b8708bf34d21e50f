package org.ehcflow.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every read and change of a child's record through the product: who, when, which case, which endpoint. */
@Repository
public class CaseAccessLog {

    public enum Action { READ, CHANGE }

    public record Entry(String caseReference, String user, Action action, String endpoint, OffsetDateTime at) {
    }

    /** A request attribute: the references of the cases a search showed, each of which is a read of its record. */
    public static final String CASES_SHOWN = "ehcflow.casesShown";
    private static final int MOST_SHOWN = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    CaseAccessLog(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The same access to many cases (a search's results, a report's list, the DfE return), in batched inserts. */
    void recordEach(List<String> caseReferences, String user, Action action, String endpoint) {
        Timestamp at = Timestamp.from(Instant.now());
        String shortEndpoint = endpoint.length() > 300 ? endpoint.substring(0, 300) : endpoint;
        batches.batchUpdate("""
                insert into case_access (case_reference, user_id, action, endpoint, accessed_at) values (?, ?, ?, ?, ?)""",
                caseReferences, 500, (statement, reference) -> {
                    statement.setString(1, reference);
                    statement.setString(2, user);
                    statement.setString(3, action.name());
                    statement.setString(4, shortEndpoint);
                    statement.setTimestamp(5, at);
                });
    }

    void record(String caseReference, String user, Action action, String endpoint) {
        jdbc.sql("""
                insert into case_access (case_reference, user_id, action, endpoint, accessed_at)
                values (:reference, :user, :action, :endpoint, :at)""")
                .param("reference", caseReference).param("user", user).param("action", action.name())
                .param("endpoint", endpoint.length() > 300 ? endpoint.substring(0, 300) : endpoint)
                .param("at", Timestamp.from(Instant.now()))
                .update();
    }

    /** The case's latest accesses first, at most 1000. */
    public List<Entry> of(String caseReference) {
        return jdbc.sql("""
                select case_reference, user_id, action, endpoint, accessed_at from case_access where case_reference = :reference
                order by accessed_at desc, id desc fetch first %d rows only""".formatted(MOST_SHOWN))
                .param("reference", caseReference)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), Action.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant().atOffset(ZoneOffset.UTC)))
                .list();
    }
}
