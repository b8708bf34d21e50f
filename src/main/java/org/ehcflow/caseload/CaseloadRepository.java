package org.ehcflow.caseload;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.DeadlineKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Caseload figures from the product's tables: open cases per officer and the state of their statutory deadlines.
 * A deadline is outstanding while OPEN, or BREACHED and not yet done; it is overdue once its due date has passed.
 */
@Repository
class CaseloadRepository {

    record DeadlineCounts(int dueWithin7Days, int overdue, int breachedLast30Days) {
    }

    private static final List<String> OPEN_STAGES = Arrays.stream(CaseStage.values()).filter(CaseStage::isOpen)
            .map(Enum::name).toList();

    /** The family's own periods (the parent's 15 days, the time to appeal): not duties of the council, shown apart. */
    static final List<String> FAMILY_KEYS = DeadlineKey.familysPeriodNames();

    private final JdbcClient jdbc;

    CaseloadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code officer} {@code null}: every officer's counts; otherwise only that officer's (one row, not the team's).
     * Only the clocks counted are read, each through an index range: open clocks due within the week, breached
     * clocks not yet done, and clocks done after a breach in the last 30 days (not every breach there ever was).
     * For the team, those three ranges are read once each and joined to their cases; for one officer, the officer's
     * cases are read first and then their clocks.
     */
    Map<String, DeadlineCounts> deadlineCountsPerOfficer(LocalDate today, String officer) {
        String clocks = officer == null ? """
                (select case_reference, deadline_key, status, due_date, met_on, breached_on from deadline
                   where status = 'OPEN' and due_date <= :week
                 union all
                 select case_reference, deadline_key, status, due_date, met_on, breached_on from deadline
                   where status = 'BREACHED' and met_on is null
                 union all
                 select case_reference, deadline_key, status, due_date, met_on, breached_on from deadline
                   where status = 'BREACHED' and met_on is not null and breached_on > :monthAgo) d
                join ehc_case c on c.reference = d.case_reference
                where c.case_officer is not null""" : """
                ehc_case c join deadline d on d.case_reference = c.reference
                where c.case_officer = :officer
                  and (d.status = 'OPEN' and d.due_date <= :week
                       or d.status = 'BREACHED' and (d.met_on is null or d.breached_on > :monthAgo))""";
        var query = jdbc.sql("""
                select c.case_officer,
                       sum(case when d.status = 'OPEN' and d.due_date >= :today then 1 else 0 end),
                       sum(case when d.due_date < :today and (d.status = 'OPEN' or d.met_on is null) then 1 else 0 end),
                       sum(case when d.status = 'BREACHED' and d.breached_on > :monthAgo then 1 else 0 end)
                from %s and c.stage in (:stages) and d.deadline_key not in (:familyKeys)
                group by c.case_officer""".formatted(clocks))
                .param("stages", OPEN_STAGES).param("familyKeys", FAMILY_KEYS)
                .param("today", today).param("week", today.plusDays(7)).param("monthAgo", today.minusDays(30));
        if (officer != null) {
            query = query.param("officer", officer);
        }
        Map<String, DeadlineCounts> counts = new HashMap<>();
        query.query((rs, row) -> counts.put(rs.getString(1), new DeadlineCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4)))).list();
        return counts;
    }

    /** The officer's open cases ({@code null}: the cases no officer holds), each with its earliest outstanding deadline. */
    List<HeldCase> heldBy(String officer) {
        String holder = officer == null ? "c.case_officer is null" : "c.case_officer = :officer";
        var query = jdbc.sql("""
                select c.reference, c.child_given_name, c.child_family_name, c.stage, n.deadline_key, n.due_date, n.status
                from ehc_case c
                left join deadline n on n.id = (
                    select d.id from deadline d
                    where d.case_reference = c.reference and (d.status = 'OPEN' or (d.status = 'BREACHED' and d.met_on is null))
                      and d.deadline_key not in (:familyKeys)
                    order by d.due_date, d.id fetch first 1 rows only)
                where %s and c.stage in (:stages)
                order by n.due_date nulls last, c.reference""".formatted(holder))
                .param("stages", OPEN_STAGES).param("familyKeys", FAMILY_KEYS);
        if (officer != null) {
            query = query.param("officer", officer);
        }
        return query.query((rs, row) -> new HeldCase(rs.getString(1), rs.getString(2) + " " + rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : new HeldCase.NextDeadline(rs.getString(5),
                                rs.getObject(6, LocalDate.class), rs.getString(7))))
                .list();
    }

    List<String> openCasesOf(String officer) {
        return jdbc.sql("select reference from ehc_case where case_officer = :officer and stage in (:stages) order by reference")
                .param("officer", officer).param("stages", OPEN_STAGES).query(String.class).list();
    }
}
