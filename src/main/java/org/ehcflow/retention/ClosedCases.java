package org.ehcflow.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.system.EngineTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases that are closed: in a closed stage with no journey still running. A case closed on the day its last journey
 * ended (an appeal or a complaint may run after the decision), or, with no journey, the day it was registered.
 * Read with one grouped query over the case table and the engine's history, through its index on the business key.
 */
@Component
class ClosedCases {

    record ClosedCase(String reference, LocalDate dateOfBirth, LocalDate closedOn) {
    }

    private static final List<String> CLOSED_STAGES = Arrays.stream(CaseStage.values())
            .filter(stage -> !stage.isOpen()).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final ProcessEngineConfigurationImpl engine;

    ClosedCases(JdbcClient jdbc, ProcessEngineConfigurationImpl engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /**
     * Cases that closed before {@code closedBefore} of a child born before {@code bornBefore}, oldest first, at most
     * {@code most}: both bounds in the query, so that cases kept for the child's age do not fill the list.
     */
    List<ClosedCase> closedBefore(LocalDate closedBefore, LocalDate bornBefore, int most) {
        return jdbc.sql(query(" and c.child_date_of_birth < :bornBefore",
                        " and coalesce(max(j.END_TIME_), min(c.created_at)) < :before") + " order by 3, 1 limit :most")
                .param("stages", CLOSED_STAGES)
                .param("before", Timestamp.valueOf(closedBefore.atStartOfDay()))
                .param("bornBefore", bornBefore)
                .param("most", most)
                .query(ClosedCases::closedCase)
                .list();
    }

    /** The case if it is closed now (read again under the case's lock before it is removed). */
    Optional<ClosedCase> find(String reference) {
        return jdbc.sql(query(" and c.reference = :reference", ""))
                .param("stages", CLOSED_STAGES)
                .param("reference", reference)
                .query(ClosedCases::closedCase)
                .optional();
    }

    private String query(String andCase, String andClosure) {
        return """
                select c.reference, c.child_date_of_birth, coalesce(max(j.END_TIME_), min(c.created_at)) as closed_at
                from ehc_case c left join %s j on j.BUSINESS_KEY_ = c.reference
                where c.stage in (:stages)%s
                group by c.reference, c.child_date_of_birth
                having count(j.ID_) = count(j.END_TIME_)%s""".formatted(EngineTables.named(engine, "ACT_HI_PROCINST"),
                andCase, andClosure);
    }

    private static ClosedCase closedCase(ResultSet rs, int row) throws SQLException {
        LocalDate closedOn = rs.getTimestamp(3).toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate();
        return new ClosedCase(rs.getString(1), rs.getObject(2, LocalDate.class), closedOn);
    }
}
