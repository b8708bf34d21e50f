package org.ehcflow.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ComplaintRepository {

    private static final String COLUMNS = """
            id, case_reference, kind, received_on, complainant_name, complainant_email, summary, status, acknowledged_on,
            response, responded_on, escalated_on, stage2_response, stage2_responded_on""";

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String caseReference, Complaint.New complaint, String processInstanceId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into complaint (case_reference, kind, received_on, complainant_name, complainant_email, summary, status,
                                       process_instance_id, logged_at)
                values (:caseReference, :kind, :receivedOn, :name, :email, :summary, 'OPEN', :pi, :now)""")
                .param("caseReference", caseReference).param("kind", complaint.kind().name())
                .param("receivedOn", complaint.receivedOn()).param("name", complaint.complainantName())
                .param("email", complaint.complainantEmail()).param("summary", complaint.summary())
                .param("pi", processInstanceId).param("now", Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void acknowledged(long id, LocalDate on) {
        jdbc.sql("update complaint set acknowledged_on = :on where id = :id").param("on", on).param("id", id).update();
    }

    void answered(long id, String response, LocalDate on, Complaint.Status status) {
        jdbc.sql("update complaint set response = :response, responded_on = :on, status = :status where id = :id")
                .param("response", response).param("on", on).param("status", status.name()).param("id", id).update();
    }

    void escalated(long id, LocalDate on) {
        jdbc.sql("update complaint set escalated_on = :on, status = 'ESCALATED' where id = :id").param("on", on).param("id", id).update();
    }

    void answeredAtStage2(long id, String response, LocalDate on) {
        jdbc.sql("update complaint set stage2_response = :response, stage2_responded_on = :on, status = 'CLOSED' where id = :id")
                .param("response", response).param("on", on).param("id", id).update();
    }

    void closed(long id) {
        jdbc.sql("update complaint set status = 'CLOSED' where id = :id").param("id", id).update();
    }

    String processInstanceOf(long id) {
        return jdbc.sql("select process_instance_id from complaint where id = :id").param("id", id).query(String.class).single();
    }

    Optional<Complaint> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from complaint where id = :id").param("id", id).query(ComplaintRepository::row).optional();
    }

    List<Complaint> open(String caseReference) {
        return forCase(caseReference).stream().filter(c -> c.status() != Complaint.Status.CLOSED).toList();
    }

    public List<Complaint> forCase(String caseReference) {
        return jdbc.sql("select " + COLUMNS + " from complaint where case_reference = :caseReference order by received_on, id")
                .param("caseReference", caseReference).query(ComplaintRepository::row).list();
    }

    /** ComplaintLog and queries not yet closed, per officer holding their case. */
    /** {@code officer} {@code null}: every officer's count; otherwise only that officer's. */
    public Map<String, Integer> openPerOfficer(String officer) {
        Map<String, Integer> counts = new HashMap<>();
        var query = jdbc.sql("""
                select c.case_officer, count(*) from complaint k join ehc_case c on c.reference = k.case_reference
                where k.status <> 'CLOSED' and %s group by c.case_officer"""
                .formatted(officer == null ? "c.case_officer is not null" : "c.case_officer = :officer"));
        if (officer != null) {
            query = query.param("officer", officer);
        }
        query.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    private static Complaint row(ResultSet rs, int row) throws SQLException {
        return new Complaint(rs.getLong(1), rs.getString(2), Complaint.Kind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getString(7), Complaint.Status.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class), rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class), rs.getString(13), rs.getObject(14, LocalDate.class));
    }
}
