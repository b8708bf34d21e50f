package org.ehcflow.caseload;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
     * Each count is its own query over a range of one index (status and due date, or the day of the breach), so
     * that only the clocks counted are read rather than every clock of every open case.
     */
    Map<String, DeadlineCounts> deadlineCountsPerOfficer(LocalDate today, String officer) {
        Map<String, Integer> dueSoon = perOfficer("d.status = 'OPEN' and d.due_date between :today and :week", today, officer);
        Map<String, Integer> overdueOpen = perOfficer("d.status = 'OPEN' and d.due_date < :today", today, officer);
        Map<String, Integer> overdueBreached = perOfficer("d.status = 'BREACHED' and d.due_date < :today and d.met_on is null",
                today, officer);
        Map<String, Integer> breachedLately = perOfficer("d.status = 'BREACHED' and d.breached_on > :monthAgo", today, officer);
        Map<String, DeadlineCounts> counts = new HashMap<>();
        Stream.of(dueSoon, overdueOpen, overdueBreached, breachedLately).flatMap(m -> m.keySet().stream()).distinct()
                .forEach(id -> counts.put(id, new DeadlineCounts(dueSoon.getOrDefault(id, 0),
                        overdueOpen.getOrDefault(id, 0) + overdueBreached.getOrDefault(id, 0), breachedLately.getOrDefault(id, 0))));
        return counts;
    }

    private Map<String, Integer> perOfficer(String clocks, LocalDate today, String officer) {
        Map<String, Integer> counts = new HashMap<>();
        var query = jdbc.sql("""
                select c.case_officer, count(*) from deadline d join ehc_case c on c.reference = d.case_reference
                where %s and d.deadline_key not in (:familyKeys) and c.stage in (:stages) and %s
                group by c.case_officer""".formatted(clocks, officer == null ? "c.case_officer is not null" : "c.case_officer = :officer"))
                .param("stages", OPEN_STAGES).param("familyKeys", FAMILY_KEYS)
                .param("today", today).param("week", today.plusDays(7)).param("monthAgo", today.minusDays(30));
        if (officer != null) {
            query = query.param("officer", officer);
        }
        query.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list();
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
