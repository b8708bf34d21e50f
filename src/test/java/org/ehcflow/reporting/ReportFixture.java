package org.ehcflow.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A council's year in 40 cases (calendar year 2026, looked at on 10 January 2027), every date chosen by hand so that
 * each figure of the reports can be counted by hand: FixtureAnswers holds the counts. Written straight into the
 * product's tables, as the journeys would have left them.
 *
 * <p>Cases: P01-P20 plans issued in 2026 (P18-P20 with a reg 10(4) exception); I01-I06 plans brought in from the old
 * system; N01-N04 refused assessments; W01 withdrawn; A01-A03 being assessed; U01-U02 awaiting the decision; NP01-NP02
 * assessed with no plan; D01 drafting; F01 finalising. Deliberate gaps for the SEN2 check: U02 no ethnicity, I04 no
 * named setting, P05 a UPN with a wrong check letter, NP01 no UPN and no reason, D01 its assessment outcome dated
 * before the decision to assess, I05 no primary need, A01 no request source, I06 no sex.
 */
final class ReportFixture {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    private final JdbcClient jdbc;
    private int upns;

    ReportFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert() {
        // Plans issued in 2026, on time: received, then issued (day 140 is the last day in time)
        plan("P01", "2025-12-01", "2026-01-05", "2026-04-20", false);
        plan("P02", "2026-01-05", "2026-02-09", "2026-05-05", false);
        plan("P03", "2026-01-19", "2026-02-23", "2026-05-19", false);
        plan("P04", "2026-02-02", "2026-03-09", "2026-06-02", false);
        plan("P05", "2026-02-16", "2026-03-23", "2026-06-16", false);
        plan("P06", "2026-03-02", "2026-04-06", "2026-06-30", false);
        plan("P07", "2026-03-16", "2026-04-20", "2026-07-14", false);
        plan("P08", "2026-03-30", "2026-05-04", "2026-07-28", false);
        plan("P09", "2026-04-13", "2026-05-18", "2026-08-11", false);
        plan("P10", "2026-04-27", "2026-06-01", "2026-08-25", false);
        plan("P11", "2026-05-11", "2026-06-15", "2026-09-08", false);
        plan("P12", "2026-05-25", "2026-06-29", "2026-09-22", false);
        // late: day 141; 211 days; 364 days (still under 52 weeks); 365 days; over a year
        plan("P13", "2026-01-05", "2026-02-17", "2026-05-26", false);
        plan("P14", "2026-02-02", "2026-03-16", "2026-09-01", false);
        plan("P15", "2025-06-02", "2025-07-07", "2026-06-01", false);
        plan("P16", "2025-06-01", "2025-07-06", "2026-06-01", false);
        plan("P17", "2025-01-06", "2025-02-10", "2026-03-02", false);
        // late, with an exception
        plan("P18", "2025-11-03", "2025-12-08", "2026-05-11", true);
        plan("P19", "2026-01-12", "2026-02-16", "2026-07-20", true);
        plan("P20", "2025-02-03", "2025-03-10", "2026-02-16", true);
        update("P17", Map.of("stage", "PLAN_CEASED", "plan_cease_date", LocalDate.parse("2026-11-30"), "plan_cease_reason", 5));
        update("P05", Map.of("child_upn", "Z330200100005"));

        imported("I01", "2026-02-01");
        imported("I02", "2022-03-01");
        imported("I03", "2023-05-15");
        imported("I04", "2021-09-01");
        imported("I05", "2024-06-30");
        imported("I06", "2020-01-10");
        update("I04", nulls("school_urn"));
        update("I05", nulls("primary_need"));
        update("I06", nulls("child_sex"));

        // Refused: decided on day 42 (in time), day 49, day 35; N04 decided in 2027
        decided("N01", "2026-02-02", "NOT_ASSESS", "2026-03-16", "NOT_ASSESSED");
        decided("N02", "2026-03-02", "NOT_ASSESS", "2026-04-20", "NOT_ASSESSED");
        decided("N03", "2026-06-01", "NOT_ASSESS", "2026-07-06", "NOT_ASSESSED");
        decided("N04", "2026-11-16", "NOT_ASSESS", "2027-01-04", "NOT_ASSESSED");
        decided("W01", "2026-04-06", "WITHDRAWN", "2026-04-20", "WITHDRAWN");
        decided("A01", "2026-09-07", "ASSESS", "2026-10-12", "ASSESSING");
        decided("A02", "2026-10-05", "ASSESS", "2026-11-23", "ASSESSING");
        decided("A03", "2026-10-19", "ASSESS", "2026-11-30", "ASSESSING");
        // the child of W01 asked again: one person, two requests
        for (String wren : new String[] {"W01", "A03"}) {
            update(wren, Map.of("child_upn", upn(0), "child_given_name", "Wren", "child_family_name", "Whitlock",
                    "child_date_of_birth", LocalDate.of(2017, 8, 30)));
        }
        update("A01", nulls("request_source"));
        requested("U01", "2026-12-07");
        requested("U02", "2026-12-21");
        update("U02", nulls("child_ethnicity"));
        // assessed, no plan: decided on day 112 (in time) and day 140
        decided("NP01", "2026-01-19", "ASSESS", "2026-02-23", "ASSESSED_NO_PLAN");
        decided("NP02", "2026-02-16", "ASSESS", "2026-03-23", "ASSESSED_NO_PLAN");
        update("NP01", Map.of("assessment_outcome", "NOT_ISSUE", "assessment_outcome_date", LocalDate.parse("2026-05-11")));
        update("NP02", Map.of("assessment_outcome", "NOT_ISSUE", "assessment_outcome_date", LocalDate.parse("2026-07-06")));
        update("NP01", nulls("child_upn"));
        decided("D01", "2025-10-06", "ASSESS", "2025-11-10", "DRAFTING_PLAN");
        update("D01", Map.of("assessment_outcome", "ISSUE", "assessment_outcome_date", LocalDate.parse("2025-11-03")));
        decided("F01", "2025-09-01", "ASSESS", "2025-10-06", "FINALISING_PLAN");
        update("F01", Map.of("assessment_outcome", "ISSUE", "assessment_outcome_date", LocalDate.parse("2025-12-15")));
        officers();

        reviews();
        tribunal();
        complaints();
        advice();
    }

    /** officer1 holds every maintained plan, officer2 the assessments and drafts; U01 and U02 wait unassigned. */
    private void officers() {
        jdbc.sql("update ehc_case set case_officer = 'officer1' where stage = 'PLAN_MAINTAINED'").update();
        jdbc.sql("update ehc_case set case_officer = 'officer2' where stage in ('ASSESSING', 'DRAFTING_PLAN', 'FINALISING_PLAN')").update();
    }

    private void reviews() {
        deadline("I02", "REVIEW_MEETING", "2025-03-31", "2026-03-31", "MET", "2026-03-20", null, null);
        deadline("I03", "REVIEW_MEETING", "2025-05-15", "2026-05-15", "MET", "2026-05-15", null, null);
        deadline("I04", "REVIEW_MEETING", "2025-06-30", "2026-06-30", "BREACHED", "2026-07-10", "2026-07-01", null);
        deadline("I05", "REVIEW_MEETING", "2025-09-30", "2026-09-30", "BREACHED", null, "2026-10-01", null);
        deadline("I06", "REVIEW_MEETING", "2026-02-15", "2027-02-15", "OPEN", null, null, null);
        deadline("I02", "REVIEW_MEETING", "2025-10-31", "2026-10-31", "CANCELLED", null, null, null);
        deadline("I01", "REVIEW_MEETING", "2026-02-01", "2026-08-01", "MET", "2026-07-25", null, null);
        deadline("I03", "REVIEW_MEETING", "2025-12-20", "2026-12-20", "BREACHED", null, "2026-12-21", null);
        deadline("P01", "REVIEW_MEETING", "2026-04-20", "2027-04-20", "OPEN", null, null, null);

        review("I02", "2026-03-20", "2026-04-17", "MAINTAIN", null);
        review("I03", "2026-05-15", "2026-06-19", "AMEND", "2026-08-07");
        review("I04", "2026-07-10", "2026-07-24", "AMEND", "2026-10-09");
        review("I05", "2026-07-25", null, null, null);
        review("I06", "2026-12-28", null, null, null);
        review("P01", "2026-11-20", "2026-12-04", "AMEND", null);

        deadline("I02", "PHASE_TRANSFER", "2025-09-01", "2026-02-14", "MET", "2026-02-10", null, null);
        deadline("I03", "PHASE_TRANSFER", "2025-09-01", "2026-03-30", "BREACHED", "2026-04-10", "2026-03-31", null);
        deadline("I04", "PHASE_TRANSFER", "2025-09-01", "2026-02-14", "BREACHED", null, "2026-02-15", null);
    }

    private void tribunal() {
        appeal("I02", "EH330/26/00001", "2026-02-02", "REGISTERED", "OPPOSE", "2026-03-10", null, null);
        appeal("I03", "EH330/26/00002", "2026-03-02", "DECIDED", "OPPOSE", "2026-04-16", "DISMISSED", "2026-07-01");
        appeal("I04", "EH330/26/00003", "2026-04-01", "REGISTERED", "CONCEDE", "2026-04-20", null, null);
        appeal("N01", "EH330/26/00004", "2026-05-05", "DECIDED", "OPPOSE", "2026-06-10", "ORDER_TO_MAKE_PLAN", "2026-09-15");
        appeal("I05", "EH330/26/00005", "2026-10-01", "REGISTERED", null, null, null, null);
        appeal("I06", "EH330/25/00006", "2025-11-03", "DECIDED", "OPPOSE", "2025-12-10", "ORDER_TO_AMEND", "2026-02-10");
        appeal("N02", "EH330/26/00007", "2026-06-01", "WITHDRAWN", null, null, null, "2026-06-20");

        deadline("I02", "TRIBUNAL_RESPONSE", "2026-02-02", "2026-03-16", "MET", "2026-03-10", null, null);
        deadline("I03", "TRIBUNAL_RESPONSE", "2026-03-02", "2026-04-14", "BREACHED", "2026-04-16", "2026-04-15", null);
        deadline("I04", "TRIBUNAL_RESPONSE", "2026-04-01", "2026-05-13", "MET", "2026-04-20", null, null);
        deadline("N01", "TRIBUNAL_RESPONSE", "2026-05-05", "2026-06-17", "MET", "2026-06-10", null, null);
        deadline("I05", "TRIBUNAL_RESPONSE", "2026-10-01", "2026-11-12", "BREACHED", null, "2026-11-13", null);

        deadline("I04", "CONCESSION_ASSESS_NOTIFY", "2026-04-20", "2026-05-04", "MET", "2026-04-30", null, null);
        deadline("N01", "ORDER_PLAN_FINAL", "2026-09-15", "2026-12-01", "BREACHED", "2026-12-10", "2026-12-02", null);
        deadline("I06", "ORDER_AMEND", "2026-02-10", "2026-03-17", "MET", "2026-03-12", null, null);
        deadline("N01", "ORDER_PLAN_DRAFT", "2026-09-15", "2026-10-20", "CANCELLED", null, null, null);
    }

    private void complaints() {
        deadline("I02", "QUERY_RESPONSE", "2026-02-02", "2026-02-09", "MET", "2026-02-05", null, null);
        deadline("I03", "QUERY_RESPONSE", "2026-06-01", "2026-06-08", "BREACHED", "2026-06-10", "2026-06-09", null);
        deadline("I04", "COMPLAINT_ACK", "2026-02-27", "2026-03-04", "MET", "2026-03-02", null, null);
        deadline("I04", "COMPLAINT_STAGE1", "2026-02-27", "2026-03-20", "MET", "2026-03-19", null, null);
        deadline("I04", "COMPLAINT_STAGE2", "2026-04-17", "2026-05-01", "BREACHED", null, "2026-05-02", null);
        deadline("I05", "COMPLAINT_STAGE1", "2026-12-30", "2027-01-20", "OPEN", null, null, null);
    }

    private void advice() {
        deadline("P02", "ADVICE_MEDICAL", "2026-01-12", "2026-02-23", "MET", "2026-02-20", null, null);
        deadline("P04", "ADVICE_MEDICAL", "2026-02-02", "2026-03-16", "MET", "2026-03-16", null, null);
        deadline("P06", "ADVICE_MEDICAL", "2026-03-02", "2026-04-13", "BREACHED", "2026-04-23", "2026-04-14", null);
        deadline("P07", "ADVICE_MEDICAL", "2026-03-16", "2026-04-27", "BREACHED", "2026-05-01", "2026-04-28", null);
        deadline("P09", "ADVICE_MEDICAL", "2026-04-06", "2026-05-18", "BREACHED", "2026-06-17", "2026-05-19", null);
        deadline("P11", "ADVICE_MEDICAL", "2026-06-01", "2026-07-13", "BREACHED", null, "2026-07-14", "2026-08-03");
        deadline("A01", "ADVICE_MEDICAL", "2026-10-05", "2026-11-16", "BREACHED", null, "2026-11-17", null);
        deadline("A02", "ADVICE_MEDICAL", "2026-12-14", "2027-01-25", "OPEN", null, null, null);
        deadline("P02", "ADVICE_SOCIAL_CARE", "2026-01-12", "2026-02-23", "MET", "2026-02-10", null, null);
        deadline("P10", "ADVICE_SOCIAL_CARE", "2026-05-04", "2026-06-15", "BREACHED", "2026-06-22", "2026-06-16", null);
        deadline("P11", "ADVICE_SOCIAL_CARE", "2026-05-18", "2026-06-29", "BREACHED", "2026-07-02", "2026-06-30", null);
        deadline("A01", "ADVICE_SOCIAL_CARE", "2026-09-07", "2026-10-19", "CANCELLED", null, null, null);
        deadline("P03", "ADVICE_PSYCHOLOGICAL", "2026-02-02", "2026-03-16", "MET", "2026-03-10", null, null);
        deadline("P05", "ADVICE_PSYCHOLOGICAL", "2026-02-16", "2026-03-30", "MET", "2026-03-27", null, null);
        deadline("P06", "ADVICE_PSYCHOLOGICAL", "2026-03-02", "2026-04-13", "BREACHED", "2026-05-25", "2026-04-14", null);
        deadline("P01", "ADVICE_PSYCHOLOGICAL", "2025-12-01", "2026-01-12", "MET", "2026-01-12", null, null);
        deadline("P02", "ADVICE_EDUCATIONAL", "2026-01-12", "2026-02-23", "MET", "2026-02-23", null, null);
        deadline("A03", "ADVICE_EDUCATIONAL", "2026-11-30", "2027-01-11", "OPEN", null, null, null);
    }

    private void plan(String reference, String received, String decided, String issued, boolean exception) {
        decided(reference, received, "ASSESS", decided, "PLAN_MAINTAINED");
        LocalDate issue = LocalDate.parse(issued);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("assessment_outcome", "ISSUE");
        plan.put("assessment_outcome_date", issue.minusDays(35));
        plan.put("plan_issue_date", issue);
        plan.put("plan_named_setting", "Oakfield Primary School");
        plan.put("school_urn", "100001");
        plan.put("primary_need", "ASD");
        plan.put("exception_20_week", exception);
        update(reference, plan);
    }

    private void imported(String reference, String issued) {
        Map<String, Object> c = child(reference, "PLAN_MAINTAINED");
        c.put("plan_issue_date", LocalDate.parse(issued));
        c.put("plan_imported", true);
        c.put("plan_named_setting", "Hillcrest Secondary School");
        c.put("school_urn", "100002");
        c.put("primary_need", "SLCN");
        insert("ehc_case", c);
    }

    private void requested(String reference, String received) {
        Map<String, Object> c = child(reference, "CONSIDERING_REQUEST");
        c.put("request_received", LocalDate.parse(received));
        c.put("requester_type", "PARENT");
        c.put("request_source", "PARENT_OR_YOUNG_PERSON");
        insert("ehc_case", c);
    }

    private void decided(String reference, String received, String decision, String decidedOn, String stage) {
        requested(reference, received);
        update(reference, Map.of("request_decision", decision, "request_decision_date", LocalDate.parse(decidedOn),
                "stage", stage));
    }

    private Map<String, Object> child(String reference, String stage) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reference", reference);
        // names are data: quotes, markup, an accent, right-to-left text and emoji pass through every report
        c.put("child_given_name", reference.equals("P13") ? "Zoë <b>\"Bee\"</b> & co" : "Child");
        c.put("child_family_name", reference.equals("P13") ? "O'Brien 🙂 مريم" : "Fixture " + reference);
        c.put("child_date_of_birth", LocalDate.of(2015, 1, 1).plusDays(reference.hashCode() % 300));
        c.put("child_upn", upn(++upns));
        c.put("child_sex", "F");
        c.put("child_ethnicity", "WBRI");
        c.put("child_postcode", "B1 1BB");
        c.put("parent_name", "Parent of " + reference);
        c.put("stage", stage);
        c.put("created_at", Timestamp.from(Instant.parse("2026-01-01T09:00:00Z")));
        return c;
    }

    /**
     * A UPN with its correct check letter: the LA (330), a made-up school and the number, weighted 2 to 13, the sum's
     * remainder by 23 read as a letter of ABCDEFGHJKLMNPQRTUVWXYZ.
     */
    static String upn(int number) {
        String digits = "3302001%05d".formatted(number);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i + 2);
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23) + digits;
    }

    private void deadline(String reference, String key, String start, String due, String status, String metOn,
                          String breachedOn, String waivedOn) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("case_reference", reference);
        d.put("deadline_key", key);
        d.put("start_date", LocalDate.parse(start));
        d.put("due_date", LocalDate.parse(due));
        d.put("status", status);
        d.put("met_on", metOn == null ? null : LocalDate.parse(metOn));
        d.put("breached_on", breachedOn == null ? null : LocalDate.parse(breachedOn));
        d.put("waived_on", waivedOn == null ? null : LocalDate.parse(waivedOn));
        d.put("updated_at", Timestamp.from(Instant.parse("2026-01-01T09:00:00Z")));
        insert("deadline", d);
    }

    private void review(String reference, String meeting, String decision, String outcome, String amendedIssued) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("case_reference", reference);
        r.put("meeting_date", LocalDate.parse(meeting));
        r.put("decision_date", decision == null ? null : LocalDate.parse(decision));
        r.put("outcome", outcome);
        r.put("amended_plan_issued", amendedIssued == null ? null : LocalDate.parse(amendedIssued));
        insert("plan_review", r);
    }

    private void appeal(String reference, String tribunalReference, String sent, String status, String response,
                        String respondedOn, String outcome, String decidedOn) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("case_reference", reference);
        a.put("decision", "PLAN_CONTENTS");
        a.put("tribunal_reference", tribunalReference);
        a.put("sent_to_la", LocalDate.parse(sent));
        a.put("status", status);
        a.put("response", response);
        a.put("responded_on", respondedOn == null ? null : LocalDate.parse(respondedOn));
        a.put("outcome", outcome);
        a.put("decided_on", decidedOn == null ? null : LocalDate.parse(decidedOn));
        a.put("registered_at", Timestamp.from(Instant.parse("2026-01-01T09:00:00Z")));
        insert("appeal", a);
    }

    private static Map<String, Object> nulls(String column) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(column, null);
        return values;
    }

    private void update(String reference, Map<String, Object> values) {
        StringBuilder sql = new StringBuilder("update ehc_case set ");
        values.keySet().forEach(column -> sql.append(column).append(" = :").append(column).append(", "));
        sql.setLength(sql.length() - 2);
        JdbcClient.StatementSpec statement = jdbc.sql(sql + " where reference = :reference").param("reference", reference);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            statement = statement.param(value.getKey(), value.getValue());
        }
        if (statement.update() != 1) {
            throw new IllegalStateException("No fixture case " + reference);
        }
    }

    private void insert(String table, Map<String, Object> values) {
        JdbcClient.StatementSpec statement = jdbc.sql("insert into " + table + " (" + String.join(", ", values.keySet())
                + ") values (" + String.join(", ", values.keySet().stream().map(column -> ":" + column).toList()) + ")");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            statement = statement.param(value.getKey(), value.getValue());
        }
        statement.update();
    }
}
