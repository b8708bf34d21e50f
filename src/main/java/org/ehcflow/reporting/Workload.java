package org.ehcflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.Today;
import org.ehcflow.identity.Groups;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's load as of today: open cases by stage and by how long they have been open (a request since it was
 * received, a maintained plan since it was issued), how the cases are spread
 * over the officers (the largest caseload and the median: the "500 per worker" question), the annual reviews due in
 * the next 12 weeks and those overdue, and the deadlines missed in the last 30 and 90 days by clock.
 */
@Service
public class Workload {

    public record StageAge(String stage, String inWords, long total, long under6Weeks, long from6To20Weeks,
                           long from20To52Weeks, long over52Weeks) {
    }

    public record OfficerLoad(String officer, String name, long openCases) {
    }

    public record Spread(int officers, long openCases, long unassigned, long largest, BigDecimal median,
                         List<OfficerLoad> perOfficer) {
    }

    public record ReviewsAhead(LocalDate from, LocalDate to, long due, long overdue) {
    }

    public record ClockBreaches(String deadlineKey, long last30Days, long last90Days) {
    }

    public record Report(LocalDate asOf, List<StageAge> openCases, Spread caseloads, ReviewsAhead reviews,
                         List<ClockBreaches> breaches) {
    }

    /** Reviews "due soon" look this far ahead. */
    static final int REVIEW_WEEKS_AHEAD = 12;

    private static final List<String> OPEN_STAGES = java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::isOpen)
            .map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final IdentityService identity;
    private final EngineAsSystem engine;

    Workload(JdbcClient jdbc, CaseRepository cases, IdentityService identity, EngineAsSystem engine) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.identity = identity;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public Report now() {
        LocalDate today = Today.inLondon();
        return new Report(today, openCases(today), spread(), reviews(today), breaches(today));
    }

    private List<StageAge> openCases(LocalDate today) {
        Map<String, StageAge> byStage = new java.util.HashMap<>();
        jdbc.sql("""
                select stage, count(*),
                  sum(case when began > :sixWeeksAgo then 1 else 0 end),
                  sum(case when began <= :sixWeeksAgo and began > :twentyWeeksAgo then 1 else 0 end),
                  sum(case when began <= :twentyWeeksAgo and began > :yearAgo then 1 else 0 end),
                  sum(case when began <= :yearAgo then 1 else 0 end)
                from (select stage,
                        case when stage = 'PLAN_MAINTAINED' then coalesce(plan_issue_date, request_received, cast(created_at as date))
                             else coalesce(request_received, plan_issue_date, cast(created_at as date)) end as began
                      from ehc_case where stage in (:stages)) c
                group by stage""")
                .param("sixWeeksAgo", today.minusWeeks(6)).param("twentyWeeksAgo", today.minusWeeks(20))
                .param("yearAgo", today.minusWeeks(52)).param("stages", OPEN_STAGES)
                .query((rs, row) -> byStage.put(rs.getString(1), new StageAge(rs.getString(1),
                        CaseStage.inWords(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))))
                .list();
        return OPEN_STAGES.stream().map(stage -> byStage.getOrDefault(stage,
                new StageAge(stage, CaseStage.inWords(stage), 0, 0, 0, 0, 0))).toList();
    }

    private Spread spread() {
        List<User> officers = engine.call(() -> identity.createUserQuery().memberOfGroup(Groups.CASE_OFFICERS).list());
        Map<String, Integer> open = cases.openCasesPerOfficer();
        List<OfficerLoad> loads = new ArrayList<>(officers.stream()
                .map(o -> new OfficerLoad(o.getId(), (o.getFirstName() + " " + o.getLastName()).strip(),
                        open.getOrDefault(o.getId(), 0)))
                .sorted(Comparator.comparingLong(OfficerLoad::openCases).reversed().thenComparing(OfficerLoad::officer))
                .toList());
        long unassigned = jdbc.sql("select count(*) from ehc_case where stage in (:stages) and case_officer is null")
                .param("stages", OPEN_STAGES).query(Long.class).single();
        long total = open.values().stream().mapToLong(Integer::longValue).sum() + unassigned;
        return new Spread(loads.size(), total, unassigned, loads.isEmpty() ? 0 : loads.get(0).openCases(),
                median(loads.stream().mapToLong(OfficerLoad::openCases).sorted().toArray()), loads);
    }

    static BigDecimal median(long[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        BigDecimal median = sorted.length % 2 == 1 ? BigDecimal.valueOf(sorted[middle])
                : BigDecimal.valueOf(sorted[middle - 1] + sorted[middle]).divide(BigDecimal.valueOf(2));
        return median.setScale(1, RoundingMode.HALF_UP);
    }

    private ReviewsAhead reviews(LocalDate today) {
        LocalDate until = today.plusWeeks(REVIEW_WEEKS_AHEAD);
        return jdbc.sql("""
                select sum(case when due_date >= :today and due_date <= :until then 1 else 0 end),
                  sum(case when due_date < :today then 1 else 0 end)
                from deadline where deadline_key = 'REVIEW_MEETING' and status <> 'CANCELLED' and met_on is null
                  and due_date <= :until""")
                .param("today", today).param("until", until)
                .query((rs, row) -> new ReviewsAhead(today, until, rs.getLong(1), rs.getLong(2))).single();
    }

    private List<ClockBreaches> breaches(LocalDate today) {
        return jdbc.sql("""
                select deadline_key, sum(case when breached_on > :thirtyDaysAgo then 1 else 0 end), count(*)
                from deadline where breached_on > :ninetyDaysAgo and breached_on <= :today
                group by deadline_key order by count(*) desc, deadline_key""")
                .param("today", today).param("thirtyDaysAgo", today.minusDays(30)).param("ninetyDaysAgo", today.minusDays(90))
                .query((rs, row) -> new ClockBreaches(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }
}
