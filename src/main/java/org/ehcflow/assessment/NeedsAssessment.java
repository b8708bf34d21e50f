package org.ehcflow.assessment;

/** The names in bpmn/ehc-needs-assessment.bpmn that Java and the tests refer to. */
public final class NeedsAssessment {

    public static final String PROCESS = "ehc-needs-assessment";

    public static final String MESSAGE_WITHDRAWN = "request-withdrawn";
    public static final String MESSAGE_EXCEPTION = "exception-recorded";
    /** Sent when a plan is issued; the annual-review journey starts on it once it exists. */
    public static final String MESSAGE_PLAN_ISSUED = "plan-issued";

    public static final String START = "StartEvent_RequestReceived";
    public static final String TASK_RECORD_PARENT_VIEWS = "Task_RecordParentViews";
    public static final String TASK_DECIDE_WHETHER_TO_ASSESS = "Task_DecideWhetherToAssess";
    public static final String CALL_REQUEST_ADVICE = "CallActivity_RequestAdvice";
    public static final String TASK_DECIDE_WHETHER_TO_ISSUE_PLAN = "Task_DecideWhetherToIssuePlan";
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_RECORD_PARENT_COMMENTS = "Task_RecordParentComments";
    public static final String CALL_CONSULT_SCHOOLS = "CallActivity_ConsultSchools";
    public static final String TASK_FINALISE_PLAN = "Task_FinaliseAndIssuePlan";

    private NeedsAssessment() {
    }
}
