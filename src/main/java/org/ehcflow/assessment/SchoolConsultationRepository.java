package org.ehcflow.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The school_consultation table: each school consulted on being named in a plan, and its answer. */
@Repository
class SchoolConsultationRepository {

    record Consultation(long id, String caseReference, String schoolName, String schoolEmail) {
    }

    private final JdbcClient jdbc;

    SchoolConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String caseReference, String schoolName, String schoolEmail) {
        jdbc.sql("""
                insert into school_consultation (case_reference, school_name, school_email, created_at)
                values (:caseReference, :name, :email, :now)""")
                .param("caseReference", caseReference).param("name", schoolName).param("email", schoolEmail)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    /** Consultations written down but not yet sent. */
    List<Long> notYetSent(String caseReference) {
        return jdbc.sql("select id from school_consultation where case_reference = :caseReference and consulted_on is null order by id")
                .param("caseReference", caseReference).query(Long.class).list();
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql("select id, case_reference, school_name, school_email from school_consultation where id = :id")
                .param("id", id)
                .query((rs, row) -> new Consultation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    void markSent(long id, LocalDate on) {
        jdbc.sql("update school_consultation set consulted_on = :on where id = :id").param("on", on).param("id", id).update();
    }

    void recordResponse(long id, String response, LocalDate receivedOn) {
        jdbc.sql("update school_consultation set response = :response, response_received = :on where id = :id")
                .param("response", response).param("on", receivedOn).param("id", id).update();
    }
}
