package org.ehcflow.appeal;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.ehcflow.TestClock.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.SentMessages;
import org.ehcflow.TestCases;
import org.ehcflow.TestTimers;
import org.ehcflow.assessment.NeedsAssessment;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/appeal.bpmn after the response: the work an order or a concession requires, on its own clocks. Worked by
 * hand, in weeks with no day excluded: an order sent on Friday 30 April 2027 to amend a plan gives ORDER_AMEND on
 * Friday 4 June (5 weeks), its warning 5 working days before at 00:00 on Thursday 27 May (31 May is a bank holiday);
 * an order to assess gives ORDER_ASSESS_NOTIFY on Friday 14 May (2 weeks, warned on Friday 7 May),
 * ORDER_ASSESS_NO_PLAN on Friday 9 July (10 weeks) and ORDER_ASSESS_FINAL_PLAN on Friday 6 August (14 weeks, warned
 * on Friday 30 July). A refusal to assess conceded on Monday 14 December 2026 gives CONCESSION_ASSESS_NOTIFY on
 * Monday 28 December, CONCESSION_NO_PLAN on Monday 22 February 2027 and CONCESSION_FINAL_PLAN on Monday 22 March.
 * Times are UTC: midnight in London is 23:00 the day before from April to October.
 */
@EhcFlowIntegrationTest
class TribunalComplianceProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired TribunalAppeals appeals;
    @Autowired NotificationService notifications;

    CaseRecord c;
    ProcessInstance pi;

    @BeforeEach
    void init() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void opposedThenOrderedToAmendWithTheHealthRecommendationsSentToTheIcb() {
        opposedAndHeard(AppealableDecision.PLAN_CONTENTS, "SE999/26/00201");
        today("2027-05-04");
        complete(task("Task_RecordDecision", pi), withVariables("tribunalOutcome", "ORDER_TO_AMEND",
                "tribunalDecisionSent", "2027-04-30", "decisionSummary", "Section F to specify 2 hours of SALT a week",
                "healthRecommendations", "The ICB should fund a specialist wheelchair assessment", "socialCareRecommendations", " "));
        executeJobs();

        assertThat(last(RecipientRole.HEALTH).body()).contains("specialist wheelchair assessment", "30 April 2027", "5 weeks");
        assertThat(SentMessages.to(notifications, c.reference(), RecipientRole.SOCIAL_CARE)).extracting(Notification::subject)
                .noneMatch(subject -> subject.contains("recommendations"));
        assertThat(deadline(DeadlineKey.ORDER_AMEND)).satisfies(d -> {
            assertThat(d.startDate()).isEqualTo(LocalDate.of(2027, 4, 30));
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 6, 4));
            assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
        });
        Task amend = task("Task_AmendPlan", pi);
        assertThat(amend).isAssignedTo(c.caseOfficer());
        assertThat(amend.getDueDate()).isEqualTo(endOf("2027-06-04"));
        assertThat(TestTimers.job(managementService(), pi, "Timer_OrderAmendBreached").getDuedate()).isEqualTo(at("2027-06-04T23:00:00Z"));

        TestTimers.fire(managementService(), pi, "Timer_OrderAmendDueSoon", "2027-05-26T23:00:00Z");
        executeJobs();
        assertThat(last(RecipientRole.MANAGER).subject()).startsWith("Due soon").contains("4 June 2027");

        today("2027-06-01");
        complete(amend, withVariables("namedSchoolName", "Riverside Academy", "namedSchoolEmail", "admissions@riverside.example.org",
                "amendmentSummary", "Section F: 2 hours of speech and language therapy a week"));
        executeJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_PlanAmended", "EndEvent_AppealClosed");
        assertThat(deadline(DeadlineKey.ORDER_AMEND).status()).isEqualTo(Deadline.Status.MET);
        assertThat(cases.plan(c.reference()).namedSetting()).isEqualTo("Riverside Academy");
        assertThat(last(RecipientRole.PARENT).body()).contains("amended", "1 June 2027", "4 June 2027", "speech and language");
        assertThat(last(RecipientRole.NAMED_SCHOOL).recipientAddress()).isEqualTo("admissions@riverside.example.org");
    }

    @Test
    void opposedThenOrderedToAssessRunsTheAssessmentOnTheOrdersClocksThroughToAPlan() {
        opposedAndHeard(AppealableDecision.REFUSAL_TO_ASSESS, "SE999/26/00202");
        today("2027-05-04");
        complete(task("Task_RecordDecision", pi), withVariables("tribunalOutcome", "ORDER_TO_ASSESS",
                "tribunalDecisionSent", "2027-04-30", "decisionSummary", "The LA is to assess"));
        ProcessInstance assessment = assessment();
        assertThat(pi).isWaitingAt("CallActivity_Assess");
        assertThat(deadline(DeadlineKey.ORDER_ASSESS_NOTIFY).dueDate()).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(deadline(DeadlineKey.ORDER_ASSESS_FINAL_PLAN).dueDate()).isEqualTo(LocalDate.of(2027, 8, 6));
        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.ASSESSMENT_DECISION)).as("replaced by the order's").isEmpty();
        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.FINAL_PLAN)).as("replaced by the order's").isEmpty();
        assertThat(timer(assessment, "Timer_AssessmentDecisionDueSoon")).isEqualTo(at("2027-05-06T23:00:00Z"));
        assertThat(timer(assessment, "Timer_AssessmentDecisionBreached")).isEqualTo(at("2027-05-14T23:00:00Z"));
        assertThat(timer(assessment, "Timer_FinalPlanDueSoon")).isEqualTo(at("2027-07-29T23:00:00Z"));
        assertThat(timer(assessment, "Timer_FinalPlanBreached")).isEqualTo(at("2027-08-06T23:00:00Z"));

        executeJobs();
        assertThat(cases.find(c.reference()).orElseThrow().stage()).as("the case is worked again, on the officer's caseload")
                .isEqualTo("CONSIDERING_REQUEST");
        assertThat(SentMessages.to(notifications, c.reference(), RecipientRole.PARENT)).extracting(Notification::subject)
                .anyMatch(subject -> subject.startsWith("The EHC needs assessment the Tribunal ordered"));
        assertThat(last(RecipientRole.HEALTH).subject()).startsWith("EHC needs assessment ordered by the Tribunal");
        today("2027-05-06");
        complete(task(NeedsAssessment.TASK_RECORD_PARENT_VIEWS, assessment), withVariables("parentViews", "Amara needs help",
                "parentViewsReceivedOn", "2027-05-06"));
        today("2027-05-10");
        Task decide = task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS, assessment);
        assertThat(decide.getDueDate()).isEqualTo(endOf("2027-05-14"));
        assertThatThrownBy(() -> complete(decide, withVariables("assessDecision", "REFUSE", "refusalReason", "No")))
                .hasMessageContaining("requires the assessment");
        complete(decide, withVariables("assessDecision", "ASSESS"));
        executeJobs();
        assertThat(cases.find(c.reference()).orElseThrow().stage()).isEqualTo("ASSESSING");
        assertThat(deadline(DeadlineKey.ORDER_ASSESS_NOTIFY).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.ORDER_ASSESS_NO_PLAN).dueDate()).isEqualTo(LocalDate.of(2027, 7, 9));
        assertThat(last(RecipientRole.PARENT).body()).contains("9 July 2027", "6 August 2027");

        today("2027-06-14");
        for (Task advice : taskService().createTaskQuery().processDefinitionKey("advice-request")
                .processInstanceBusinessKey(c.reference()).list()) {
            complete(advice, withVariables("adviceReceivedOn", "2027-06-14", "adviceDocument", "EDRMS/advice", "adviceAuthor", "An adviser"));
        }
        executeJobs();
        Task issue = task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ISSUE_PLAN, assessment);
        assertThat(issue.getDueDate()).isEqualTo(endOf("2027-07-09"));
        complete(issue, withVariables("planDecision", "ISSUE", "planDecisionReason", "As the Tribunal found"));
        complete(task(NeedsAssessment.TASK_DRAFT_PLAN, assessment), withVariables("sectionB", "Speech and language",
                "sectionE", "Talks in sentences", "sectionF", "SALT weekly", "draftPlanDocument", "EDRMS/draft/90"));
        executeJobs();
        today("2027-06-29");
        complete(task(NeedsAssessment.TASK_RECORD_PARENT_COMMENTS, assessment), withVariables("parentComments", "Agreed",
                "meetingRequested", false, "preferredSchoolName", "Riverside Academy",
                "preferredSchoolEmail", "admissions@riverside.example.org", "otherSchoolName", "", "otherSchoolEmail", ""));
        executeJobs();
        for (ProcessInstance consultation : runtimeService().createProcessInstanceQuery().processDefinitionKey("school-consultation")
                .processInstanceBusinessKey(c.reference()).list()) {
            complete(task("Task_RecordSchoolResponse", consultation), withVariables("schoolResponse", "CAN_MEET_NEEDS",
                    "schoolRespondedOn", "2027-06-29"));
        }
        Task finalise = task(NeedsAssessment.TASK_FINALISE_PLAN, assessment);
        assertThat(finalise.getDueDate()).isEqualTo(endOf("2027-08-06"));
        today("2027-07-20");
        complete(finalise, withVariables("namedSchoolName", "Riverside Academy",
                "namedSchoolEmail", "admissions@riverside.example.org", "finalPlanDocument", "EDRMS/plan/901"));
        executeJobs();

        assertThat(assessment).isEnded().hasPassed("EndEvent_PlanMaintained");
        assertThat(pi).isEnded().hasPassed("EndEvent_Assessed", "EndEvent_AppealClosed");
        for (DeadlineKey key : List.of(DeadlineKey.ORDER_ASSESS_NOTIFY, DeadlineKey.ORDER_ASSESS_NO_PLAN, DeadlineKey.ORDER_ASSESS_FINAL_PLAN)) {
            assertThat(deadline(key).status()).as(key.name()).isEqualTo(Deadline.Status.MET);
        }
        assertThat(deadline(DeadlineKey.ORDER_ASSESS_FINAL_PLAN).metOn()).isEqualTo(LocalDate.of(2027, 7, 20));
        assertThat(cases.plan(c.reference()).namedSetting()).isEqualTo("Riverside Academy");
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).status()).as("handed over to annual review").isEqualTo(Deadline.Status.OPEN);
    }

    @Test
    void aConcededRefusalToAssessRunsTheAssessmentOnTheConcessionsClocks() {
        registered(AppealableDecision.REFUSAL_TO_ASSESS, "SE999/26/00203");
        today("2026-12-14");
        complete(task("Task_RespondToTribunal", pi), withVariables("tribunalResponse", "CONCEDE",
                "responseSummary", "The LA will assess"));

        assertThat(pi).hasPassed("EndEvent_Conceded").isWaitingAt("CallActivity_Assess");
        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.TRIBUNAL_BUNDLE).status()).as("no hearing after a concession").isEqualTo(Deadline.Status.CANCELLED);
        assertThat(appeals.forCase(c.reference())).singleElement().satisfies(a -> {
            assertThat(a.response()).isEqualTo(TribunalResponse.CONCEDE);
            assertThat(a.respondedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        });
        assertThat(deadline(DeadlineKey.CONCESSION_ASSESS_NOTIFY)).satisfies(d -> {
            assertThat(d.startDate()).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
        });
        assertThat(deadline(DeadlineKey.CONCESSION_FINAL_PLAN).dueDate()).isEqualTo(LocalDate.of(2027, 3, 22));

        ProcessInstance assessment = assessment();
        executeJobs();
        assertThat(last(RecipientRole.PARENT).body()).contains("28 December 2026");
        today("2026-12-15");
        complete(task(NeedsAssessment.TASK_RECORD_PARENT_VIEWS, assessment), withVariables("parentViews", "Please assess",
                "parentViewsReceivedOn", "2026-12-15"));
        Task decide = task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS, assessment);
        assertThat(decide).isAssignedTo(c.caseOfficer());
        assertThat(decide.getDueDate()).isEqualTo(endOf("2026-12-28"));
        today("2026-12-21");
        complete(decide, withVariables("assessDecision", "ASSESS"));
        executeJobs();

        assertThat(deadline(DeadlineKey.CONCESSION_ASSESS_NOTIFY).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.CONCESSION_NO_PLAN).dueDate()).isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(last(RecipientRole.PARENT).body()).contains("22 February 2027", "22 March 2027");
        assertThat(assessment).isWaitingAt(NeedsAssessment.CALL_REQUEST_ADVICE);
    }

    /** Conceded on Monday 14 December 2026: the draft is due on Monday 18 January 2027, the final plan on Monday 1 March. */
    @Test
    void aConcededRefusalToMakeAPlanStartsTheJourneyAtTheDraft() {
        registered(AppealableDecision.NO_PLAN, "SE999/26/00205");
        today("2026-12-14");
        complete(task("Task_RespondToTribunal", pi), withVariables("tribunalResponse", "CONCEDE",
                "responseSummary", "The LA will make a plan"));

        ProcessInstance assessment = assessment();
        assertThat(assessment).isWaitingAt("Task_DraftRequiredPlan");
        assertThat(deadline(DeadlineKey.ORDER_PLAN_DRAFT).dueDate()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(deadline(DeadlineKey.ORDER_PLAN_FINAL).dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.ASSESSMENT_DECISION)).as("no request to consider").isEmpty();
        Task draft = task("Task_DraftRequiredPlan", assessment);
        assertThat(draft).isAssignedTo(c.caseOfficer());
        assertThat(draft.getDueDate()).isEqualTo(endOf("2027-01-18"));
        assertThat(timer(assessment, "Timer_RequiredDraftDueSoon")).isEqualTo(at("2027-01-11T00:00:00Z"));
        assertThat(timer(assessment, "Timer_RequiredDraftBreached")).isEqualTo(at("2027-01-19T00:00:00Z"));
        assertThat(timer(assessment, "Timer_FinalPlanBreached")).isEqualTo(at("2027-03-02T00:00:00Z"));

        today("2027-01-08");
        complete(draft, withVariables("sectionB", "Speech and language", "sectionE", "Talks in sentences",
                "sectionF", "SALT weekly", "draftPlanDocument", "EDRMS/draft/91"));
        executeJobs();
        assertThat(deadline(DeadlineKey.ORDER_PLAN_DRAFT).status()).isEqualTo(Deadline.Status.MET);
        assertThat(assessment).isWaitingAt(NeedsAssessment.TASK_RECORD_PARENT_COMMENTS);
        assertThat(last(RecipientRole.PARENT).body()).contains("1 March 2027");
    }

    @Test
    void anOrderTheTribunalCannotMakeOnTheAppealIsRefusedNamingTheField() {
        opposedAndHeard(AppealableDecision.REFUSAL_TO_ASSESS, "SE999/26/00204");
        today("2027-05-04");
        Task record = task("Task_RecordDecision", pi);
        assertThatThrownBy(() -> complete(record, withVariables("tribunalOutcome", "ORDER_TO_MAINTAIN",
                "tribunalDecisionSent", "2027-04-30", "decisionSummary", "?"))).hasMessageContaining("cannot make an ORDER_TO_MAINTAIN");
        assertThat(pi).isWaitingAt("Task_RecordDecision");
        assertThat(appeals.forCase(c.reference())).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(Appeal.Status.REGISTERED));
    }

    private void registered(AppealableDecision decision, String tribunalReference) {
        today("2026-11-23");
        c = TestCases.register(cases, "officer2");
        appeals.register(c.reference(), new NewAppeal(decision, tribunalReference, LocalDate.of(2026, 11, 23),
                LocalDate.of(2027, 3, 15)));
        pi = runtimeService().createProcessInstanceQuery().processDefinitionKey(TribunalAppeals.PROCESS)
                .processInstanceBusinessKey(c.reference()).singleResult();
    }

    private void opposedAndHeard(AppealableDecision decision, String tribunalReference) {
        registered(decision, tribunalReference);
        today("2026-12-14");
        complete(task("Task_RespondToTribunal", pi), withVariables("tribunalResponse", "OPPOSE", "responseSummary", "Opposed"));
        today("2027-02-26");
        complete(task("Task_SendBundle", pi), withVariables("bundleSummary", "Bundle of 200 pages"));
        assertThat(pi).isWaitingAt("Task_RecordDecision");
    }

    private ProcessInstance assessment() {
        ProcessInstance assessment = runtimeService().createProcessInstanceQuery().processDefinitionKey(NeedsAssessment.PROCESS)
                .processInstanceBusinessKey(c.reference()).superProcessInstanceId(pi.getId()).singleResult();
        assertThat(assessment).as("the needs assessment the appeal requires").isNotNull();
        return assessment;
    }

    private java.util.Date timer(ProcessInstance instance, String activityId) {
        return TestTimers.job(managementService(), instance, activityId).getDuedate();
    }

    private void executeJobs() {
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
    }

    private Notification last(RecipientRole role) {
        return SentMessages.last(notifications, c.reference(), role);
    }

    private Deadline deadline(DeadlineKey key) {
        return deadlines.findLatest(c.reference(), key).orElseThrow(() -> new AssertionError("no " + key + " clock"));
    }
}
