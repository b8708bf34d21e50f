package org.ehcflow.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class HandoverRepository {

    private final JdbcClient jdbc;

    HandoverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Handover insert(String caseReference, String from, String to, String reason, String by, Instant at, String batchId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into handover (case_reference, from_officer, to_officer, reason, handed_over_by, handed_over_at, batch_id)
                values (:caseReference, :from, :to, :reason, :by, :at, :batch)""")
                .param("caseReference", caseReference).param("from", from).param("to", to).param("reason", reason)
                .param("by", by).param("at", Timestamp.from(at)).param("batch", batchId)
                .update(key, "id");
        return new Handover(key.getKey().longValue(), caseReference, from, to, reason, by, at);
    }

    /** The cases one reassignment moved to {@code toOfficer}, in the order they were moved. */
    public List<Handover> batch(String batchId, String toOfficer) {
        return jdbc.sql("""
                select id, case_reference, from_officer, to_officer, reason, handed_over_by, handed_over_at
                from handover where batch_id = :batch and to_officer = :to order by id""")
                .param("batch", batchId).param("to", toOfficer)
                .query((rs, row) -> new Handover(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The case's handovers, oldest first. */
    public List<Handover> forCase(String caseReference) {
        return jdbc.sql("""
                select id, case_reference, from_officer, to_officer, reason, handed_over_by, handed_over_at
                from handover where case_reference = :caseReference order by handed_over_at, id""")
                .param("caseReference", caseReference)
                .query((rs, row) -> new Handover(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}
