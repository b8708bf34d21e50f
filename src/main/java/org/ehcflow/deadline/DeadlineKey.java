package org.ehcflow.deadline;

import static org.ehcflow.deadline.LegalStatus.GUIDANCE;
import static org.ehcflow.deadline.LegalStatus.LAW;
import static org.ehcflow.deadline.LegalStatus.LAW_AS_QUOTED;
import static org.ehcflow.deadline.LegalStatus.LOCAL;
import static org.ehcflow.deadline.LegalStatus.UNVERIFIED;

import org.ehcflow.deadline.CountingRule.AppealLodge;
import org.ehcflow.deadline.CountingRule.CalendarDays;
import org.ehcflow.deadline.CountingRule.DaysBeginningWith;
import org.ehcflow.deadline.CountingRule.Immediately;
import org.ehcflow.deadline.CountingRule.Months;
import org.ehcflow.deadline.CountingRule.PhaseTransferReview;
import org.ehcflow.deadline.CountingRule.ReviewMeeting;
import org.ehcflow.deadline.CountingRule.TribunalDays;
import org.ehcflow.deadline.CountingRule.Weeks;
import org.ehcflow.deadline.CountingRule.WorkingDays;

/**
 * Every deadline the system tracks, named as in shared/statutory-timescales.md. These names are the
 * vocabulary shared by the BPMN timers, the deadline table, the API and the reports.
 */
public enum DeadlineKey {

    // EHC needs assessment: the starting date is the day the request was received unless said otherwise
    ASSESSMENT_DECISION(new Weeks(6), "SEND Regulations 2014 reg 5(1)", LAW, "request received",
            "Parent or young person told whether the LA will assess"),
    ADVICE_EDUCATIONAL(new Weeks(6), "SEND Regulations 2014 reg 8(1) (s.31 bodies); otherwise guidance", GUIDANCE,
            "advice requested", "Educational advice received"),
    ADVICE_MEDICAL(new Weeks(6), "SEND Regulations 2014 reg 8(1)", LAW, "advice requested",
            "Medical advice received"),
    ADVICE_PSYCHOLOGICAL(new Weeks(6), "SEND Regulations 2014 reg 8(1) (s.31 bodies); otherwise guidance", GUIDANCE,
            "advice requested", "Psychological advice received"),
    ADVICE_SOCIAL_CARE(new Weeks(6), "SEND Regulations 2014 reg 8(1)", LAW, "advice requested",
            "Social care advice received"),
    ADVICE_OTHER(new Weeks(6), "SEND Regulations 2014 reg 8(1) (s.31 bodies); otherwise guidance", GUIDANCE,
            "advice requested", "Other advice received"),
    PLAN_DECISION(new Weeks(16), "SEND Regulations 2014 reg 10(1)", LAW, "request received",
            "Decision whether to issue a plan; notice with appeal and mediation rights if not"),
    DRAFT_COMMENTS(new DaysBeginningWith(15), "SEND Regulations 2014 reg 13(1)", LAW, "draft plan served",
            "Parent's period to comment, ask for a school and ask for a meeting ends"),
    SCHOOL_CONSULTATION(new DaysBeginningWith(15), "SEND Code of Practice 9.83", GUIDANCE, "consultation sent",
            "Consulted school's response"),
    FINAL_PLAN(new Weeks(20), "SEND Regulations 2014 reg 13(2)", LAW, "request received",
            "Final plan sent to the parent, the named school and the ICB"),

    // Annual review, amendment and phase transfer
    REVIEW_MEETING(new ReviewMeeting(), "Children and Families Act 2014 s.44(1); under 5: Code of Practice 9.178", LAW,
            "plan issued or previous review meeting", "Review meeting held"),
    REVIEW_INVITATIONS(new CalendarDays(-14), "SEND Regulations 2014 reg 20(3) / 21(3)", LAW, "review meeting",
            "Invitations to the review meeting sent"),
    REVIEW_ADVICE_CIRCULATED(new CalendarDays(-14), "SEND Regulations 2014 reg 20(4) / 21(4)", LAW, "review meeting",
            "Advice for the review obtained and circulated"),
    REVIEW_REPORT(new Weeks(2), "SEND Regulations 2014 reg 20(7) / 21(7)", LAW_AS_QUOTED, "review meeting",
            "Review report sent to the LA and every invitee"),
    REVIEW_DECISION(new Weeks(4), "SEND Regulations 2014 reg 20(10) / 21(8); R (L, M and P) v Devon CC [2022] EWHC 493 (Admin)",
            LAW_AS_QUOTED, "review meeting",
            "Decision to maintain, amend or cease notified, with the proposed amendments if amending"),
    AMENDMENT_COMMENTS(new DaysBeginningWith(15), "SEND Regulations 2014 reg 22(2)", LAW, "amendment notice served",
            "Parent's period to comment, ask for a school and ask for a meeting ends"),
    AMENDED_PLAN(new Weeks(8), "SEND Regulations 2014 reg 22(3)", LAW, "amendment notice served",
            "Final amended plan sent"),
    PHASE_TRANSFER(new PhaseTransferReview(), "SEND Regulations 2014 reg 18(1) / 18(2)", LAW, "transfer date",
            "Plan reviewed and amended, naming the next school or institution"),

    // Mediation, appeal, Tribunal orders and concessions
    MEDIATION_CONTACT(new Months(2), "SEND Regulations 2014 reg 33", LAW, "decision notice sent",
            "The parent's limit to contact the mediation adviser"),
    MEDIATION_HEALTH_NOTICE(new WorkingDays(3), "SEND Regulations 2014 reg 35-36", LAW_AS_QUOTED,
            "LA told of mediation", "ICB told of the issues when health provision is in dispute"),
    MEDIATION_HELD(new CalendarDays(30), "SEND Regulations 2014 reg 36-37", LAW_AS_QUOTED,
            "LA told that the parent wants mediation", "Mediation held, or a certificate issued"),
    MEDIATION_ACTIONS(new Weeks(2), "SEND Regulations 2014 reg 42", LAW, "mediation agreement",
            "Agreed actions the Tribunal could not order done"),
    APPEAL_LODGE(new AppealLodge(), "Tribunal Procedure (HESC) Rules 2008 r.20(1)(c), r.12(3)(a)", LAW,
            "decision notice sent", "The family's limit to appeal to the Tribunal"),
    TRIBUNAL_RESPONSE(new TribunalDays(30), "Tribunal Procedure (HESC) Rules 2008 r.21", LAW_AS_QUOTED,
            "appeal sent to the LA", "LA's response sent to the Tribunal and the parent"),
    TRIBUNAL_BUNDLE(new TribunalDays(-10), "Tribunal directions", GUIDANCE, "hearing date",
            "Evidence bundle sent"),
    ORDER_CEASE(new Immediately(), "SEND Regulations 2014 reg 44(2)(a)", LAW_AS_QUOTED, "order sent",
            "Plan ceased (appeal against ceasing dismissed)"),
    ORDER_ASSESS_NOTIFY(new Weeks(2), "SEND Regulations 2014 reg 44(2)(b)", LAW_AS_QUOTED, "order sent",
            "Parent told that the LA will assess"),
    ORDER_ASSESS_NO_PLAN(new Weeks(10), "SEND Regulations 2014 reg 44(2)(b)", LAW_AS_QUOTED, "order sent",
            "Notice that no plan will be issued"),
    ORDER_ASSESS_FINAL_PLAN(new Weeks(14), "SEND Regulations 2014 reg 44(2)(b)", LAW_AS_QUOTED, "order sent",
            "Final plan issued after an ordered assessment"),
    ORDER_PLAN_DRAFT(new Weeks(5), "SEND Regulations 2014 reg 44(2)(c)", LAW_AS_QUOTED, "order sent",
            "Draft plan issued"),
    ORDER_PLAN_FINAL(new Weeks(11), "SEND Regulations 2014 reg 44(2)(c)", LAW_AS_QUOTED, "order sent",
            "Final plan issued"),
    ORDER_RECONSIDER(new Weeks(2), "SEND Regulations 2014 reg 44(2)(d)", UNVERIFIED, "order sent",
            "Case reconsidered as remitted"),
    ORDER_AMEND(new Weeks(5), "SEND Regulations 2014 reg 44(2)(e)", LAW_AS_QUOTED, "order sent",
            "Plan amended (sections B/F)"),
    ORDER_SCHOOL(new Weeks(2), "SEND Regulations 2014 reg 44(2)(f)", LAW_AS_QUOTED, "order sent",
            "Plan amended to name the ordered school"),
    ORDER_MAINTAIN(new Immediately(), "SEND Regulations 2014 reg 44(2)(g)", LAW_AS_QUOTED, "order sent",
            "Plan maintained (not ceased)"),
    CONCESSION_ASSESS_NOTIFY(new Weeks(2), "SEND Regulations 2014 reg 45 (as substituted in 2015)", LAW,
            "LA told the Tribunal it will not oppose", "Parent told that the LA will assess"),
    CONCESSION_NO_PLAN(new Weeks(10), "SEND Regulations 2014 reg 45 (as substituted in 2015)", LAW,
            "LA told the Tribunal it will not oppose", "Notice that no plan will be issued"),
    CONCESSION_FINAL_PLAN(new Weeks(14), "SEND Regulations 2014 reg 45 (as substituted in 2015)", LAW,
            "LA told the Tribunal it will not oppose", "Final plan issued"),
    CONCESSION_AMEND(new Weeks(5), "SEND Regulations 2014 reg 45 (as substituted in 2015)", LAW,
            "LA told the Tribunal it will not oppose", "Plan amended as conceded"),
    CONCESSION_SCHOOL(new Weeks(2), "SEND Regulations 2014 reg 45 (as substituted in 2015)", LAW_AS_QUOTED,
            "LA told the Tribunal it will not oppose", "Plan amended to name the school conceded"),

    // Local service standards: council policy, configurable
    QUERY_RESPONSE(new WorkingDays(5), "Council service standard for SEND correspondence", LOCAL, "query received",
            "Query answered"),
    COMPLAINT_ACK(new WorkingDays(3), "Council SEND complaints policy", LOCAL, "complaint received",
            "Complaint acknowledged"),
    COMPLAINT_STAGE1(new WorkingDays(15), "Council SEND complaints policy", LOCAL, "complaint received",
            "Stage 1 response sent"),
    COMPLAINT_STAGE2(new WorkingDays(10), "Council SEND complaints policy", LOCAL, "complaint escalated",
            "Stage 2 response sent");

    private final CountingRule rule;
    private final String source;
    private final LegalStatus status;
    private final String startsFrom;
    private final String requirement;

    DeadlineKey(CountingRule rule, String source, LegalStatus status, String startsFrom, String requirement) {
        this.rule = rule;
        this.source = source;
        this.status = status;
        this.startsFrom = startsFrom;
        this.requirement = requirement;
    }

    public CountingRule rule() {
        return rule;
    }

    public String source() {
        return source;
    }

    public LegalStatus status() {
        return status;
    }

    /** The event the rule counts from (or back from). */
    public String startsFrom() {
        return startsFrom;
    }

    /** What must be done by the due date. */
    public String requirement() {
        return requirement;
    }

    /**
     * Whether the limit is one the family has, not a duty of the LA: the parent's 15 days to comment, the limits
     * to contact a mediation adviser or to appeal. Such a period ends; it is never breached.
     */
    public boolean isFamilysPeriod() {
        return this == DRAFT_COMMENTS || this == AMENDMENT_COMMENTS || this == MEDIATION_CONTACT || this == APPEAL_LODGE;
    }

    /**
     * Whether the limit binds only a decision not to issue a plan (reg 10(1), and the same notice under an order or a
     * concession): a decision to issue one is held to the final plan's limit instead, so it is never late here.
     */
    public boolean bindsOnlyARefusalToIssue() {
        return this == PLAN_DECISION || this == ORDER_ASSESS_NO_PLAN || this == CONCESSION_NO_PLAN;
    }

    /**
     * The names of the clocks never found missed while they run: a family's periods, which end, and limits that bind
     * only one of the decisions they time, judged when it is taken.
     */
    public static java.util.List<String> neverMissedWhileOpen() {
        return java.util.Arrays.stream(values()).filter(key -> key.isFamilysPeriod() || key.bindsOnlyARefusalToIssue())
                .map(Enum::name).toList();
    }

    /** The names of the family's periods, for queries that count only the council's duties. */
    public static java.util.List<String> familysPeriodNames() {
        return java.util.Arrays.stream(values()).filter(DeadlineKey::isFamilysPeriod).map(Enum::name).toList();
    }
}
