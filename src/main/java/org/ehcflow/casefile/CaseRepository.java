package org.ehcflow.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case table. SEN2 fields are written by the journeys as the case moves on. */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CaseRecord c) {
        jdbc.sql("""
                insert into ehc_case (reference, child_given_name, child_family_name, child_date_of_birth, child_upn,
                    parent_name, parent_email, parent_phone, school_name, school_urn, school_email,
                    case_officer, stage, request_received, requester_type, created_at)
                values (:reference, :givenName, :familyName, :dateOfBirth, :upn, :parentName, :parentEmail, :parentPhone,
                    :schoolName, :schoolUrn, :schoolEmail, :officer, :stage, :received, :requester, :createdAt)""")
                .param("reference", c.reference())
                .param("givenName", c.child().givenName())
                .param("familyName", c.child().familyName())
                .param("dateOfBirth", c.child().dateOfBirth())
                .param("upn", c.child().upn())
                .param("parentName", c.parent() == null ? null : c.parent().name())
                .param("parentEmail", c.parent() == null ? null : c.parent().email())
                .param("parentPhone", c.parent() == null ? null : c.parent().phone())
                .param("schoolName", c.school() == null ? null : c.school().name())
                .param("schoolUrn", c.school() == null ? null : c.school().urn())
                .param("schoolEmail", c.school() == null ? null : c.school().email())
                .param("officer", c.caseOfficer())
                .param("stage", c.stage())
                .param("received", c.requestReceived())
                .param("requester", c.requester().name())
                .param("createdAt", Timestamp.from(c.createdAt()))
                .update();
    }

    public Optional<CaseRecord> find(String reference) {
        return jdbc.sql("select * from ehc_case where reference = :reference")
                .param("reference", reference)
                .query(CaseRepository::map)
                .optional();
    }

    public boolean exists(String reference) {
        return jdbc.sql("select count(*) from ehc_case where reference = :reference")
                .param("reference", reference).query(Integer.class).single() > 0;
    }

    private static CaseRecord map(ResultSet rs, int row) throws SQLException {
        return new CaseRecord(rs.getString("reference"),
                new CaseRecord.Child(rs.getString("child_given_name"), rs.getString("child_family_name"),
                        rs.getObject("child_date_of_birth", LocalDate.class), rs.getString("child_upn")),
                new CaseRecord.Parent(rs.getString("parent_name"), rs.getString("parent_email"), rs.getString("parent_phone")),
                new CaseRecord.School(rs.getString("school_name"), rs.getString("school_urn"), rs.getString("school_email")),
                rs.getString("case_officer"), rs.getString("stage"),
                rs.getObject("request_received", LocalDate.class),
                CaseRecord.Requester.valueOf(rs.getString("requester_type")),
                rs.getTimestamp("created_at").toInstant());
    }
}
