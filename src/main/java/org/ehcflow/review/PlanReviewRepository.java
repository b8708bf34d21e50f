package org.ehcflow.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_review table: one row per review, with the SEN2 fields (meeting date, decision date, outcome). */
@Repository
class PlanReviewRepository {

    record Review(String caseReference, LocalDate meetingDate, String heldBy, boolean phaseTransfer,
                  LocalDate decisionDate, String outcome, LocalDate amendedPlanIssued) {
    }

    private final JdbcClient jdbc;

    PlanReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting of the review run by process instance {@code reviewId} was arranged. */
    void arranged(String caseReference, String reviewId, LocalDate meetingDate, String heldBy, boolean phaseTransfer) {
        jdbc.sql("""
                insert into plan_review (case_reference, process_instance_id, meeting_date, held_by, phase_transfer)
                values (:caseReference, :reviewId, :meetingDate, :heldBy, :phaseTransfer)""")
                .param("caseReference", caseReference).param("reviewId", reviewId).param("meetingDate", meetingDate)
                .param("heldBy", heldBy).param("phaseTransfer", phaseTransfer)
                .update();
    }

    void moved(String reviewId, LocalDate meetingDate) {
        jdbc.sql("update plan_review set meeting_date = :meetingDate where process_instance_id = :reviewId")
                .param("meetingDate", meetingDate).param("reviewId", reviewId).update();
    }

    /** SEN2: the decision (MAINTAIN, AMEND or CEASE) was notified on {@code on}. */
    void decided(String reviewId, String outcome, LocalDate on) {
        jdbc.sql("update plan_review set outcome = :outcome, decision_date = :on where process_instance_id = :reviewId")
                .param("outcome", outcome).param("on", on).param("reviewId", reviewId).update();
    }

    void amendedPlanIssued(String reviewId, LocalDate on) {
        jdbc.sql("update plan_review set amended_plan_issued = :on where process_instance_id = :reviewId")
                .param("on", on).param("reviewId", reviewId).update();
    }

    List<Review> forCase(String caseReference) {
        return jdbc.sql("select * from plan_review where case_reference = :caseReference order by meeting_date, id")
                .param("caseReference", caseReference)
                .query((rs, row) -> new Review(rs.getString("case_reference"),
                        rs.getObject("meeting_date", LocalDate.class), rs.getString("held_by"),
                        rs.getBoolean("phase_transfer"), rs.getObject("decision_date", LocalDate.class),
                        rs.getString("outcome"), rs.getObject("amended_plan_issued", LocalDate.class)))
                .list();
    }
}
