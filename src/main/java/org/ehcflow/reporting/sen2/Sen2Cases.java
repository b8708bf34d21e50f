package org.ehcflow.reporting.sen2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.ehcflow.casefile.Sen2Details;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases a collection covers, in one query (SEN2 technical specification, "cases to be included"): plans in place
 * on the reference date or ceased since the period began; requests, assessments and plans decided in the period; and
 * work still under way on the reference date.
 */
@Repository
class Sen2Cases {

    private final JdbcClient jdbc;

    Sen2Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Sen2Case> of(CollectionYear collection) {
        return jdbc.sql("""
                select c.*, r.meeting_date as review_meeting, r.outcome as review_outcome
                from ehc_case c
                left join plan_review r on r.id = (select max(p.id) from plan_review p where p.case_reference = c.reference
                    and p.meeting_date = (select max(q.meeting_date) from plan_review q
                        where q.case_reference = c.reference and q.meeting_date <= :census))
                where (c.plan_issue_date <= :census and (c.plan_cease_date is null or c.plan_cease_date >= :start))
                   or (c.request_received <= :census and (
                          c.request_decision is null
                       or (c.request_decision = 'ASSESS' and c.assessment_outcome is null)
                       or (c.assessment_outcome = 'ISSUE' and c.plan_issue_date is null)
                       or c.request_decision_date between :start and :census
                       or c.assessment_outcome_date between :start and :census
                       or c.plan_issue_date between :start and :census))
                order by c.child_family_name, c.child_given_name, c.child_date_of_birth, c.reference""")
                .param("census", collection.referenceDate()).param("start", collection.periodStart())
                .query(Sen2Cases::map).list();
    }

    private static Sen2Case map(ResultSet rs, int row) throws SQLException {
        String source = rs.getString("request_source");
        LocalDate received = rs.getObject("request_received", LocalDate.class);
        return new Sen2Case(rs.getString("reference"), rs.getString("stage"),
                new Sen2Case.Child(rs.getString("child_family_name"), rs.getString("child_given_name"),
                        rs.getObject("child_date_of_birth", LocalDate.class), rs.getString("child_sex"),
                        rs.getString("child_ethnicity"), rs.getString("child_postcode"), rs.getString("child_upn"),
                        rs.getString("child_uln"), rs.getString("upn_unknown")),
                received == null ? null : new Sen2Case.Request(received, source,
                        source == null ? null : Sen2Details.RequestSource.valueOf(source).code(),
                        rs.getString("request_decision"), rs.getObject("request_decision_date", LocalDate.class),
                        rs.getBoolean("request_mediation"), rs.getBoolean("request_tribunal")),
                new Sen2Case.Assessment(rs.getString("assessment_outcome"),
                        rs.getObject("assessment_outcome_date", LocalDate.class), rs.getBoolean("assessment_mediation"),
                        rs.getBoolean("assessment_tribunal"), rs.getBoolean("exception_20_week")),
                new Sen2Case.Plan(rs.getObject("plan_issue_date", LocalDate.class), rs.getBoolean("plan_imported"),
                        rs.getString("plan_named_setting"), rs.getString("school_urn"), rs.getString("school_ukprn"),
                        rs.getString("setting_type"), rs.getObject("plan_cease_date", LocalDate.class),
                        rs.getObject("plan_cease_reason") == null ? null : rs.getInt("plan_cease_reason"),
                        rs.getString("primary_need")),
                rs.getObject("review_meeting") == null ? null
                        : new Sen2Case.Review(rs.getObject("review_meeting", LocalDate.class), rs.getString("review_outcome")));
    }
}
