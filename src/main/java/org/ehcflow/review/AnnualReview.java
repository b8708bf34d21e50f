package org.ehcflow.review;

import org.ehcflow.assessment.NeedsAssessment;

/** The names in bpmn/annual-review.bpmn and bpmn/plan-review.bpmn that Java and the tests refer to. */
public final class AnnualReview {

    /** The plan's life under review: one review after another until the plan ceases. */
    public static final String PROCESS = "annual-review";
    /** One review, from the reminder to arrange the meeting to the outcome. */
    public static final String REVIEW_PROCESS = "plan-review";

    /** A plan issued by the needs-assessment journey. */
    public static final String MESSAGE_PLAN_ISSUED = NeedsAssessment.MESSAGE_PLAN_ISSUED;
    /** A plan the council issued before EHC Flow, brought in by the API or an import. */
    public static final String MESSAGE_EXISTING_PLAN = "existing-plan";
    public static final String MESSAGE_MEETING_MOVED = "review-meeting-moved";
    /** From the appeal journey: the family appealed against ceasing, or let the time to appeal run out. */
    public static final String MESSAGE_CEASE_APPEAL_LODGED = "cease-appeal-lodged";
    public static final String MESSAGE_CEASE_NOT_APPEALED = "cease-not-appealed";
    public static final String MESSAGE_CEASE_APPEAL_DECIDED = "cease-appeal-decided";

    public static final String CALL_REVIEW = "CallActivity_Review";
    public static final String CALL_PHASE_TRANSFER_REVIEW = "CallActivity_PhaseTransferReview";

    public static final String TIMER_TIME_TO_ARRANGE = "Timer_TimeToArrangeMeeting";
    public static final String TIMER_MEETING_DAY = "Timer_MeetingDay";
    public static final String TASK_ARRANGE_MEETING = "Task_ArrangeMeeting";
    public static final String TASK_CIRCULATE_ADVICE = "Task_CirculateAdvice";
    public static final String TASK_SEND_REPORT = "Task_SendReviewReport";
    public static final String TASK_DECIDE = "Task_DecideOutcome";
    public static final String TASK_CONSULT_ON_CEASING = "Task_ConsultOnCeasing";
    public static final String TASK_RECORD_AMENDMENT_COMMENTS = "Task_RecordAmendmentComments";
    public static final String TASK_FINALISE_AMENDED_PLAN = "Task_FinaliseAmendedPlan";
    public static final String WAIT_FOR_APPEAL_DECISION = "Event_CeaseAppealDecided";

    private AnnualReview() {
    }
}
