package org.ehcflow.reporting;

import java.util.List;

/**
 * Every figure the reports show, each defined once as SQL over the case record and the deadline table: one row per
 * thing counted (a request, a plan, a review, a clock), with the case it belongs to, the day it counts on, and its
 * outcome. A figure is that query grouped; the cases behind a number are the same query filtered, so the two cannot
 * disagree. docs/reports.md gives each definition with its source.
 *
 * <p>Columns: case_reference, started_on (what the clock counts from), due_on (its limit), counted_on (the day that
 * puts the row in a period) and outcome. {@code :today} is today in London.
 */
public enum Measure {

    REQUESTS_RECEIVED(Group.REQUESTS, "Requests for an assessment received", "the day the request was received",
            """
            select reference as case_reference, request_received as started_on, request_received + 42 as due_on,
              request_received as counted_on,
              case when request_decision = 'ASSESS' then 'assess' when request_decision = 'NOT_ASSESS' then 'not_assess'
                   when request_decision = 'WITHDRAWN' then 'withdrawn' else 'awaiting_decision' end as outcome
            from ehc_case where request_received is not null""",
            List.of("assess", "not_assess", "withdrawn", "awaiting_decision"), List.of(), List.of()),

    REQUEST_DECISIONS(Group.REQUESTS, "Decisions whether to assess", "the day of the decision",
            """
            select reference as case_reference, request_received as started_on, request_received + 42 as due_on,
              request_decision_date as counted_on,
              case when request_decision = 'ASSESS' then 'assess' else 'not_assess' end as outcome
            from ehc_case where request_decision in ('ASSESS', 'NOT_ASSESS') and request_received is not null""",
            List.of("assess", "not_assess"), List.of(), List.of()),

    REQUEST_DECISIONS_6_WEEKS(Group.REQUESTS, "Decisions whether to assess made within 6 weeks", "the day of the decision",
            """
            select reference as case_reference, request_received as started_on, request_received + 42 as due_on,
              request_decision_date as counted_on,
              case when request_decision_date <= request_received + 42 then 'on_time' else 'late' end as outcome
            from ehc_case where request_decision in ('ASSESS', 'NOT_ASSESS') and request_received is not null""",
            List.of("on_time", "late"), List.of("on_time"), List.of("on_time", "late")),

    FINAL_PLAN_20_WEEKS(Group.PLANS, "New EHC plans issued within 20 weeks, including exception cases",
            "the day the final plan was issued",
            """
            select reference as case_reference, request_received as started_on, request_received + 140 as due_on,
              plan_issue_date as counted_on,
              case when plan_issue_date <= request_received + 140 then 'on_time' else 'late' end as outcome
            from ehc_case where plan_issue_date is not null and plan_imported = false and request_received is not null""",
            List.of("on_time", "late"), List.of("on_time"), List.of("on_time", "late")),

    FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS(Group.PLANS,
            "New EHC plans issued within 20 weeks, excluding exception cases", "the day the final plan was issued",
            """
            select reference as case_reference, request_received as started_on, request_received + 140 as due_on,
              plan_issue_date as counted_on,
              case when plan_issue_date <= request_received + 140 then 'on_time' else 'late' end as outcome
            from ehc_case where plan_issue_date is not null and plan_imported = false and request_received is not null
              and exception_20_week = false""",
            List.of("on_time", "late"), List.of("on_time"), List.of("on_time", "late")),

    FINAL_PLAN_TIME_TAKEN(Group.PLANS, "New EHC plans by the time from request to issue",
            "the day the final plan was issued",
            """
            select reference as case_reference, request_received as started_on, request_received + 140 as due_on,
              plan_issue_date as counted_on,
              case when plan_issue_date <= request_received + 140 then 'within_20_weeks'
                   when plan_issue_date <= request_received + 364 then '20_to_52_weeks' else 'over_52_weeks' end as outcome
            from ehc_case where plan_issue_date is not null and plan_imported = false and request_received is not null""",
            List.of("within_20_weeks", "20_to_52_weeks", "over_52_weeks"), List.of("within_20_weeks"),
            List.of("within_20_weeks", "20_to_52_weeks", "over_52_weeks")),

    NO_PLAN_DECISIONS_16_WEEKS(Group.PLANS, "Decisions not to issue a plan after an assessment, made within 16 weeks",
            "the day of the decision",
            """
            select reference as case_reference, request_received as started_on, request_received + 112 as due_on,
              assessment_outcome_date as counted_on,
              case when assessment_outcome_date <= request_received + 112 then 'on_time' else 'late' end as outcome
            from ehc_case where assessment_outcome = 'NOT_ISSUE' and request_received is not null""",
            List.of("on_time", "late"), List.of("on_time"), List.of("on_time", "late")),

    REVIEWS_DUE(Group.REVIEWS, "Annual reviews due (12 months; 6 for children under 5)", "the day the review was due by",
            deadlineRows("d.deadline_key = 'REVIEW_MEETING'"), Outcomes.DEADLINE_OUTCOMES, List.of("on_time"), Outcomes.DEADLINE_DUE),

    REVIEW_DECISIONS_4_WEEKS(Group.REVIEWS, "Review decisions made within 4 weeks of the meeting",
            "the day of the review meeting",
            """
            select case_reference, meeting_date as started_on, meeting_date + 28 as due_on, meeting_date as counted_on,
              case when decision_date is not null and decision_date <= meeting_date + 28 then 'on_time'
                   when decision_date is not null then 'late'
                   when meeting_date + 28 < :today then 'overdue' else 'awaiting' end as outcome
            from plan_review where meeting_date is not null""",
            List.of("on_time", "late", "overdue", "awaiting"), List.of("on_time"), List.of("on_time", "late", "overdue")),

    AMENDED_PLANS_12_WEEKS(Group.REVIEWS, "Amended plans issued within 12 weeks of the review meeting",
            "the day of the review meeting",
            """
            select case_reference, meeting_date as started_on, meeting_date + 84 as due_on, meeting_date as counted_on,
              case when amended_plan_issued is not null and amended_plan_issued <= meeting_date + 84 then 'on_time'
                   when amended_plan_issued is not null then 'late'
                   when meeting_date + 84 < :today then 'overdue' else 'awaiting' end as outcome
            from plan_review where outcome = 'AMEND' and meeting_date is not null""",
            List.of("on_time", "late", "overdue", "awaiting"), List.of("on_time"), List.of("on_time", "late", "overdue")),

    PHASE_TRANSFERS(Group.REVIEWS, "Phase transfers with the next school named in time (15 February; 31 March post-16)",
            "the day the transfer review was due by", deadlineRows("d.deadline_key = 'PHASE_TRANSFER'"),
            Outcomes.DEADLINE_OUTCOMES, List.of("on_time"), Outcomes.DEADLINE_DUE),

    APPEALS_REGISTERED(Group.TRIBUNAL, "Appeals registered by the Tribunal", "the day the appeal was sent to the council",
            """
            select case_reference, sent_to_la as started_on, cast(null as date) as due_on, sent_to_la as counted_on,
              case when response = 'CONCEDE' then 'conceded' when status = 'REGISTERED' then 'pending'
                   when status = 'DECIDED' then 'decided' else 'withdrawn' end as outcome
            from appeal""",
            List.of("pending", "conceded", "decided", "withdrawn"), List.of(), List.of()),

    TRIBUNAL_RESPONSES(Group.TRIBUNAL, "Responses to the Tribunal sent within 30 Tribunal working days",
            "the day the response was due by", deadlineRows("d.deadline_key = 'TRIBUNAL_RESPONSE'"),
            Outcomes.DEADLINE_OUTCOMES, List.of("on_time"), Outcomes.DEADLINE_DUE),

    APPEAL_OUTCOMES(Group.TRIBUNAL, "How appeals ended", "the day of the decision, concession or withdrawal",
            """
            select case_reference, sent_to_la as started_on, cast(null as date) as due_on,
              case when response = 'CONCEDE' then responded_on else decided_on end as counted_on,
              case when response = 'CONCEDE' then 'conceded' when status = 'WITHDRAWN' then 'withdrawn'
                   when outcome = 'DISMISSED' then 'dismissed' else 'ordered' end as outcome
            from appeal where response = 'CONCEDE' or status in ('DECIDED', 'WITHDRAWN')""",
            List.of("dismissed", "conceded", "ordered", "withdrawn"), List.of(), List.of()),

    ORDERS_CARRIED_OUT(Group.TRIBUNAL, "Tribunal orders and concessions carried out within their limits",
            "the day the order's work was due by",
            deadlineRows("(d.deadline_key like 'ORDER!_%' escape '!' or d.deadline_key like 'CONCESSION!_%' escape '!')"),
            Outcomes.DEADLINE_OUTCOMES, List.of("on_time"), Outcomes.DEADLINE_DUE),

    QUERIES_ANSWERED(Group.COMPLAINTS, "Queries answered within the council's standard", "the day the answer was due by",
            deadlineRows("d.deadline_key = 'QUERY_RESPONSE'"), Outcomes.DEADLINE_OUTCOMES, List.of("on_time"), Outcomes.DEADLINE_DUE),

    COMPLAINTS_ACKNOWLEDGED(Group.COMPLAINTS, "Complaints acknowledged within the council's standard",
            "the day the acknowledgement was due by", deadlineRows("d.deadline_key = 'COMPLAINT_ACK'"),
            Outcomes.DEADLINE_OUTCOMES, List.of("on_time"), Outcomes.DEADLINE_DUE),

    COMPLAINTS_ANSWERED(Group.COMPLAINTS, "Complaints answered within the council's standard (stages 1 and 2)",
            "the day the response was due by",
            deadlineRows("d.deadline_key in ('COMPLAINT_STAGE1', 'COMPLAINT_STAGE2')"),
            Outcomes.DEADLINE_OUTCOMES, List.of("on_time"), Outcomes.DEADLINE_DUE),

    ADVICE_HEALTH(Group.PARTNERS, "Health advice (ICB)", "the day the advice was requested", adviceRows("ADVICE_MEDICAL"),
            Outcomes.ADVICE_OUTCOMES, List.of("on_time"), Outcomes.ADVICE_DUE),
    ADVICE_SOCIAL_CARE(Group.PARTNERS, "Social care advice", "the day the advice was requested",
            adviceRows("ADVICE_SOCIAL_CARE"), Outcomes.ADVICE_OUTCOMES, List.of("on_time"), Outcomes.ADVICE_DUE),
    ADVICE_EDUCATIONAL_PSYCHOLOGY(Group.PARTNERS, "Educational psychology advice", "the day the advice was requested",
            adviceRows("ADVICE_PSYCHOLOGICAL"), Outcomes.ADVICE_OUTCOMES, List.of("on_time"), Outcomes.ADVICE_DUE),
    ADVICE_SCHOOLS(Group.PARTNERS, "Educational advice (schools and settings)", "the day the advice was requested",
            adviceRows("ADVICE_EDUCATIONAL"), Outcomes.ADVICE_OUTCOMES, List.of("on_time"), Outcomes.ADVICE_DUE),
    ADVICE_OTHER(Group.PARTNERS, "Other advice", "the day the advice was requested", adviceRows("ADVICE_OTHER"),
            Outcomes.ADVICE_OUTCOMES, List.of("on_time"), Outcomes.ADVICE_DUE),

    OPEN_CASES(Group.WORKLOAD, "Open cases by stage",
            "the day the case began: its request received, or for a maintained plan the day the plan was issued",
            """
            select reference as case_reference, coalesce(request_received, plan_issue_date) as started_on,
              cast(null as date) as due_on,
              case when stage = 'PLAN_MAINTAINED' then coalesce(plan_issue_date, request_received, cast(created_at as date))
                   else coalesce(request_received, plan_issue_date, cast(created_at as date)) end as counted_on,
              stage as outcome
            from ehc_case where stage in ('CONSIDERING_REQUEST', 'ASSESSING', 'DRAFTING_PLAN', 'FINALISING_PLAN',
              'PLAN_MAINTAINED')""",
            List.of("CONSIDERING_REQUEST", "ASSESSING", "DRAFTING_PLAN", "FINALISING_PLAN", "PLAN_MAINTAINED"),
            List.of(), List.of()),

    BREACHES(Group.WORKLOAD, "Statutory and local deadlines missed, by clock", "the day the deadline was found missed",
            """
            select d.case_reference, d.start_date as started_on, d.due_date as due_on, d.breached_on as counted_on,
              d.deadline_key as outcome
            from deadline d where d.breached_on is not null""",
            List.of(), List.of(), List.of());

    /** Where a measure is shown. */
    public enum Group { REQUESTS, PLANS, REVIEWS, TRIBUNAL, COMPLAINTS, PARTNERS, WORKLOAD }

    /** Outcome lists several measures share (a holder class: an enum's constants cannot read its own static fields). */
    private static final class Outcomes {
        static final List<String> DEADLINE_OUTCOMES = List.of("on_time", "late", "overdue", "open");
        /** A clock counts once its day has come: done on time, done late, or still not done after its due date. */
        static final List<String> DEADLINE_DUE = List.of("on_time", "late", "overdue");
        static final List<String> ADVICE_OUTCOMES = List.of("on_time", "late", "overdue", "outstanding", "waived");
        static final List<String> ADVICE_DUE = List.of("on_time", "late", "overdue", "waived");
    }

    private final Group group;
    private final String title;
    private final String countedOn;
    private final String sql;
    private final List<String> outcomes;
    private final List<String> onTime;
    private final List<String> judged;

    Measure(Group group, String title, String countedOn, String sql, List<String> outcomes, List<String> onTime,
            List<String> judged) {
        this.group = group;
        this.title = title;
        this.countedOn = countedOn;
        this.sql = sql;
        this.outcomes = outcomes;
        this.onTime = onTime;
        this.judged = judged;
    }

    /** A clock of the deadline table: met, met late, missed and not yet done, or still running. Cancelled clocks do not count. */
    private static String deadlineRows(String keys) {
        return """
                select d.case_reference, d.start_date as started_on, d.due_date as due_on, d.due_date as counted_on,
                  case when d.status = 'MET' then 'on_time' when d.met_on is not null then 'late'
                       when d.due_date < :today then 'overdue' else 'open' end as outcome
                from deadline d where d.status <> 'CANCELLED' and\s""" + keys;
    }

    /** A request for advice, counted in the period it was asked for; waived advice apart from advice still awaited. */
    private static String adviceRows(String key) {
        return """
                select d.case_reference, d.start_date as started_on, d.due_date as due_on, d.start_date as counted_on,
                  case when d.met_on is not null and d.met_on <= d.due_date then 'on_time'
                       when d.met_on is not null then 'late' when d.waived_on is not null then 'waived'
                       when d.due_date < :today then 'overdue' else 'outstanding' end as outcome
                from deadline d where d.status <> 'CANCELLED' and d.deadline_key = '""" + key + "'";
    }

    public Group group() {
        return group;
    }

    public String title() {
        return title;
    }

    /** In words, the day that puts a row in a period. */
    public String countedOn() {
        return countedOn;
    }

    String sql() {
        return sql;
    }

    /** The outcomes a row can have, in the order they are shown; empty when they are open-ended (a stage, a clock). */
    public List<String> outcomes() {
        return outcomes;
    }

    /** The outcomes that are on time: the numerator of the measure's percentage. */
    public List<String> onTime() {
        return onTime;
    }

    /** The outcomes judged on time or not: the denominator; empty when the measure is a count, not a rate. */
    public List<String> judged() {
        return judged;
    }

    public boolean isRate() {
        return !judged.isEmpty();
    }
}
