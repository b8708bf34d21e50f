package org.ehcflow.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The appeal table: one row per appeal the Tribunal registered. */
@Repository
class AppealRepository {

    private final JdbcClient jdbc;

    AppealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String caseReference, NewAppeal appeal) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appeal (case_reference, decision, tribunal_reference, sent_to_la, hearing_date, status, registered_at)
                values (:caseReference, :decision, :tribunalReference, :sentToLa, :hearingDate, 'REGISTERED', :now)""")
                .param("caseReference", caseReference)
                .param("decision", appeal.decision().name())
                .param("tribunalReference", appeal.tribunalReference())
                .param("sentToLa", appeal.sentToLocalAuthority())
                .param("hearingDate", appeal.hearingDate())
                .param("now", Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void startedAs(long id, String processInstanceId) {
        jdbc.sql("update appeal set process_instance_id = :pi where id = :id").param("pi", processInstanceId).param("id", id).update();
    }

    String processInstanceOf(long id) {
        return jdbc.sql("select process_instance_id from appeal where id = :id").param("id", id).query(String.class).single();
    }

    boolean tribunalReferenceTaken(String tribunalReference) {
        return jdbc.sql("select count(*) from appeal where upper(tribunal_reference) = upper(:ref)")
                .param("ref", tribunalReference).query(Long.class).single() > 0;
    }

    Optional<Appeal> find(long id) {
        return jdbc.sql("select * from appeal where id = :id").param("id", id).query(AppealRepository::map).optional();
    }

    List<Appeal> forCase(String caseReference) {
        return jdbc.sql("select * from appeal where case_reference = :ref order by id").param("ref", caseReference)
                .query(AppealRepository::map).list();
    }

    void responded(long id, TribunalResponse response, LocalDate on) {
        jdbc.sql("update appeal set response = :response, responded_on = :on where id = :id")
                .param("response", response.name()).param("on", on).param("id", id).update();
    }

    void hearingOn(long id, LocalDate hearingDate) {
        jdbc.sql("update appeal set hearing_date = :hearing where id = :id").param("hearing", hearingDate).param("id", id).update();
    }

    void bundleSent(long id, LocalDate on) {
        jdbc.sql("update appeal set bundle_sent_on = :on where id = :id").param("on", on).param("id", id).update();
    }

    void decided(long id, TribunalOutcome outcome, LocalDate on) {
        jdbc.sql("update appeal set outcome = :outcome, decided_on = :on, status = 'DECIDED' where id = :id")
                .param("outcome", outcome.name()).param("on", on).param("id", id).update();
    }

    void withdrawn(long id, LocalDate on) {
        jdbc.sql("update appeal set status = 'WITHDRAWN', decided_on = :on where id = :id").param("on", on).param("id", id).update();
    }

    private static Appeal map(ResultSet rs, int row) throws SQLException {
        String response = rs.getString("response");
        String outcome = rs.getString("outcome");
        return new Appeal(rs.getLong("id"), rs.getString("case_reference"),
                AppealableDecision.valueOf(rs.getString("decision")), rs.getString("tribunal_reference"),
                rs.getObject("sent_to_la", LocalDate.class), rs.getObject("hearing_date", LocalDate.class),
                Appeal.Status.valueOf(rs.getString("status")),
                response == null ? null : TribunalResponse.valueOf(response), rs.getObject("responded_on", LocalDate.class),
                rs.getObject("bundle_sent_on", LocalDate.class), outcome == null ? null : TribunalOutcome.valueOf(outcome),
                rs.getObject("decided_on", LocalDate.class));
    }
}
