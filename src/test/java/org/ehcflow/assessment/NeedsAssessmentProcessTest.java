package org.ehcflow.assessment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.ehcflow.TestClock.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.TestChildren;
import org.ehcflow.CaseJobs;
import org.ehcflow.SentMessages;
import org.ehcflow.TestTimers;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.PersonalDataInLogs;
import org.ehcflow.ProductionLogLevel;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRegistration;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * bpmn/ehc-needs-assessment.bpmn, every path. The request arrives on Monday 5 January 2026 (R). Worked by hand:
 * ASSESSMENT_DECISION = R + 42 days = Monday 16 February 2026, warned at 00:00 on 9 February, breached at 00:00 on
 * 17 February (GMT, so UTC midnight); PLAN_DECISION = R + 112 days = Monday 27 April 2026; FINAL_PLAN = R + 140
 * days = Monday 25 May 2026, warned 14 days before at 00:00 on 11 May and breached at 00:00 on 26 May (BST, so
 * 23:00 UTC the day before). Advice asked for on Monday 2 February is due Monday 16 March. A draft served on
 * Monday 20 April has DRAFT_COMMENTS on 4 May (15 days beginning with the 20th); a school consulted on Tuesday
 * 5 May has SCHOOL_CONSULTATION on 19 May.
 */
@EhcFlowIntegrationTest
@ExtendWith({OutputCaptureExtension.class, ProductionLogLevel.class})
class NeedsAssessmentProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseRegistration registration;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired NotificationService notifications;
    @Autowired CaseChanges changes;
    @Autowired JdbcClient jdbc;

    CaseRecord c;
    ProcessInstance pi;

    @BeforeEach
    void requestReceivedOnMonday5January() {
        init(engine);
        today("2026-01-05");
        c = registration.register(new NewCase(new NewCase.Child("Amara", "Okafor", TestChildren.dateOfBirth(), null),
                LocalDate.of(2026, 1, 5), CaseRecord.Requester.PARENT,
                new NewCase.Parent("Grace Okafor", "grace.okafor@example.org", "07700 900461"),
                new NewCase.School("Oakfield Primary School", "100001", "senco@oakfield.example.org"))).caseRecord();
        pi = runtimeService().startProcessInstanceByKey(NeedsAssessment.PROCESS, c.reference(),
                Map.of("requestReceived", "2026-01-05"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterEach
    void nothingPersonalWasLogged(CapturedOutput output) {
        PersonalDataInLogs.assertNoneLogged(output, cases.find(c.reference()).orElseThrow());
    }

    @Test
    void refusalToAssessSendsTheNoticeWithAppealRightsAndClosesTheCase() {
        consider();
        assertThat(timer("Timer_AssessmentDecisionDueSoon")).isEqualTo(at("2026-02-09T00:00:00Z"));
        assertThat(timer("Timer_AssessmentDecisionBreached")).isEqualTo(at("2026-02-17T00:00:00Z"));
        assertThat(timer("Timer_FinalPlanDueSoon")).isEqualTo(at("2026-05-10T23:00:00Z"));
        assertThat(timer("Timer_FinalPlanBreached")).isEqualTo(at("2026-05-25T23:00:00Z"));
        Task decide = task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS, pi);
        assertThat(decide).isAssignedTo(c.caseOfficer());
        assertThat(decide.getDueDate()).isEqualTo(endOf("2026-02-16"));

        today("2026-02-10");
        complete(decide, withVariables("assessDecision", "REFUSE", "refusalReason", "Needs are met from the school's own resources"));
        executeJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_NotAssessed");
        assertThat(deadline(DeadlineKey.ASSESSMENT_DECISION)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 2, 16));
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 2, 10));
        });
        assertThat(deadline(DeadlineKey.FINAL_PLAN).status()).isEqualTo(Deadline.Status.CANCELLED);
        assertThat(stage()).isEqualTo("NOT_ASSESSED");
        for (DeadlineKey familysPeriod : List.of(DeadlineKey.MEDIATION_CONTACT, DeadlineKey.APPEAL_LODGE)) {
            assertThat(deadline(familysPeriod)).as("the appeal journey watches " + familysPeriod + " with no officer action")
                    .satisfies(d -> {
                        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
                        assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
                    });
        }
        assertThat(last(RecipientRole.PARENT)).satisfies(n -> assertThat(n.body())
                .contains("not to carry out", "school's own resources", "appeal", "2 months", "mediation adviser",
                        "The mediation adviser: Example Mediation Service (demo), telephone 0300 000 0000, email mediation@ehcflow.invalid",
                        "Information, Advice and Support"));
        for (RecipientRole party : List.of(RecipientRole.HEALTH, RecipientRole.SOCIAL_CARE, RecipientRole.SCHOOL)) {
            assertThat(sentTo(party)).extracting(Notification::subject).as("told: " + party)
                    .anyMatch(s -> s.startsWith("EHC needs assessment request being considered"))
                    .anyMatch(s -> s.startsWith("EHC needs assessment not agreed"));
        }
    }

    @Test
    void assessedWithNoPlanEndsWithTheNoticeAndMeetsPlanDecision() {
        assess("2026-02-02");
        assertThat(adviceTasks()).hasSize(4);
        provideAllAdvice("2026-03-10");
        Task decide = task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ISSUE_PLAN, pi);
        assertThat(decide.getDueDate()).isEqualTo(endOf("2026-04-27"));

        today("2026-04-20");
        complete(decide, withVariables("planDecision", "NOT_ISSUE", "planDecisionReason", "Needs can be met by SEN support"));
        executeJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_AssessedNoPlan");
        assertThat(deadline(DeadlineKey.PLAN_DECISION)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
        });
        assertThat(deadline(DeadlineKey.FINAL_PLAN).status()).isEqualTo(Deadline.Status.CANCELLED);
        assertThat(stage()).isEqualTo("ASSESSED_NO_PLAN");
        assertThat(last(RecipientRole.PARENT).body()).contains("not to issue", "SEN support", "appeal", "mediation");
        assertThat(last(RecipientRole.HEALTH).subject()).startsWith("No EHC plan to be issued");
        assertThat(last(RecipientRole.SCHOOL).subject()).startsWith("No EHC plan to be issued");
    }

    @Test
    void assessedAndPlanIssuedWithinTwentyWeeks() {
        assess("2026-02-02");
        assertThat(deadlines.forCase(c.reference())).filteredOn(d -> d.key().name().startsWith("ADVICE_"))
                .extracting(Deadline::dueDate).containsOnly(LocalDate.of(2026, 3, 16)).hasSize(4);
        provideAllAdvice("2026-03-10");
        planDrafted("2026-04-20");

        Task comments = task(NeedsAssessment.TASK_RECORD_PARENT_COMMENTS, pi);
        assertThat(comments.getDueDate()).isEqualTo(endOf("2026-05-04"));
        assertThat(last(RecipientRole.PARENT).body()).contains("until 4 May 2026");
        today("2026-05-05");
        complete(comments, withVariables("parentComments", "Section F should name speech and language therapy",
                "meetingRequested", false, "preferredSchoolName", "Riverside Academy",
                "preferredSchoolEmail", "admissions@riverside.example.org", "otherSchoolName", "Hillview School",
                "otherSchoolEmail", "office@hillview.example.org"));
        List<ProcessInstance> consultations = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("school-consultation").processInstanceBusinessKey(c.reference()).list();
        assertThat(consultations).hasSize(2);
        executeJobs();
        assertThat(sentTo(RecipientRole.CONSULTED_SCHOOL)).extracting(Notification::recipientAddress)
                .containsExactlyInAnyOrder("admissions@riverside.example.org", "office@hillview.example.org");
        for (ProcessInstance consultation : consultations) {
            Task response = task("Task_RecordSchoolResponse", consultation);
            assertThat(response).isAssignedTo(c.caseOfficer());
            assertThat(response.getDueDate()).isEqualTo(endOf("2026-05-19"));
            assertThat(timerOf("Timer_ConsultationOverdue", consultation)).isEqualTo(at("2026-05-19T23:00:00Z"));
            complete(response, withVariables("schoolResponse", "CAN_MEET_NEEDS", "schoolRespondedOn", "2026-05-05"));
        }

        Task finalise = task(NeedsAssessment.TASK_FINALISE_PLAN, pi);
        assertThat(finalise.getDueDate()).isEqualTo(endOf("2026-05-25"));
        today("2026-05-20");
        complete(finalise, withVariables("namedSchoolName", "Riverside Academy",
                "namedSchoolEmail", "admissions@riverside.example.org", "finalPlanDocument", "EDRMS/plan/881"));
        executeJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_PlanMaintained");
        assertThat(deadline(DeadlineKey.FINAL_PLAN)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 5, 25));
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        });
        java.util.Set<DeadlineKey> stillRunning = java.util.Set.of(DeadlineKey.REVIEW_MEETING, DeadlineKey.MEDIATION_CONTACT,
                DeadlineKey.APPEAL_LODGE);
        assertThat(deadlines.forCase(c.reference())).filteredOn(d -> !stillRunning.contains(d.key()))
                .extracting(Deadline::status).containsOnly(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.REVIEW_MEETING)).as("handed over to the annual review").satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 5, 20));
            assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
        });
        for (DeadlineKey familysPeriod : new DeadlineKey[] {DeadlineKey.MEDIATION_CONTACT, DeadlineKey.APPEAL_LODGE}) {
            assertThat(deadline(familysPeriod)).as("the plan's contents can be appealed: " + familysPeriod).satisfies(d -> {
                assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 7, 20));
                assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
            });
        }
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("appeal")
                .processInstanceBusinessKey(c.reference()).variableValueEquals("appealableDecision", "PLAN_CONTENTS").singleResult())
                .isWaitingAt("Gateway_FamilyDecides");
        assertThat(stage()).isEqualTo("PLAN_MAINTAINED");
        assertThat(jdbc.sql("""
                select request_decision, request_decision_date, assessment_outcome, assessment_outcome_date,
                       plan_issue_date, plan_named_setting from ehc_case where reference = :reference""")
                .param("reference", c.reference()).query().singleRow()).as("SEN2 fields").containsExactly(
                        entry("REQUEST_DECISION", "ASSESS"), entry("REQUEST_DECISION_DATE", java.sql.Date.valueOf("2026-02-02")),
                        entry("ASSESSMENT_OUTCOME", "ISSUE"), entry("ASSESSMENT_OUTCOME_DATE", java.sql.Date.valueOf("2026-04-20")),
                        entry("PLAN_ISSUE_DATE", java.sql.Date.valueOf("2026-05-20")),
                        entry("PLAN_NAMED_SETTING", "Riverside Academy"));
        assertThat(last(RecipientRole.PARENT).body()).contains("finalised and issued", "Riverside Academy", "appeal");
        assertThat(last(RecipientRole.NAMED_SCHOOL).recipientAddress()).isEqualTo("admissions@riverside.example.org");
        assertThat(last(RecipientRole.HEALTH).subject()).startsWith("The final EHC plan");
    }

    @Test
    void lateAdviceIsChasedAndWaivedAdviceLetsTheJourneyGoOn() {
        assess("2026-02-02");
        ProcessInstance medical = adviceRequest("MEDICAL");
        ProcessInstance social = adviceRequest("SOCIAL_CARE");
        today("2026-03-10");
        for (String kind : List.of("EDUCATIONAL", "PSYCHOLOGICAL")) {
            complete(task("Task_ProvideAdvice", adviceRequest(kind)), adviceGiven("2026-03-10"));
        }
        assertThat(timerOf("Timer_AdviceOverdue", medical)).isEqualTo(at("2026-03-17T00:00:00Z"));
        fireIn(medical, "Timer_AdviceOverdue", "2026-03-17T00:00:00Z");
        fireIn(social, "Timer_AdviceOverdue", "2026-03-17T00:00:00Z");
        executeJobs();
        assertThat(deadline(DeadlineKey.ADVICE_MEDICAL).status()).isEqualTo(Deadline.Status.BREACHED);

        complete(task("Task_ChaseOverdueAdvice", medical), withVariables("chaseOutcome", "CHASED"));
        complete(task("Task_ChaseOverdueAdvice", social), withVariables("chaseOutcome", "WAIVE",
                "waiveReason", "Family not known to social care; no assessment possible in time"));
        executeJobs();
        assertThat(pi).isWaitingAt(NeedsAssessment.CALL_REQUEST_ADVICE);

        today("2026-03-24");
        complete(task("Task_ProvideAdvice", medical), adviceGiven("2026-03-24"));
        executeJobs();

        assertThat(pi).isWaitingAt(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ISSUE_PLAN);
        assertThat(deadline(DeadlineKey.ADVICE_MEDICAL)).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.BREACHED);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 3, 24));
        });
        assertThat(deadline(DeadlineKey.ADVICE_SOCIAL_CARE).status()).isEqualTo(Deadline.Status.BREACHED);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(social.getId())
                .variableName("adviceOutcome").singleResult().getValue()).isEqualTo("WAIVED");
    }

    @Test
    void otherAdviceIsRecordedByTheCaseOfficer() {
        consider();
        today("2026-02-02");
        complete(task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS, pi), withVariables("assessDecision", "ASSESS",
                "otherAdviceRequested", true, "otherAdviserName", "Dr S. Khan, speech and language therapist",
                "otherAdviserEmail", "s.khan@salt.example.org"));
        executeJobs();
        ProcessInstance other = adviceRequest("OTHER");
        assertThat(task("Task_ProvideAdvice", other)).isAssignedTo(c.caseOfficer());
        assertThat(deadline(DeadlineKey.ADVICE_OTHER).dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(last(RecipientRole.OTHER_ADVISER).recipientAddress()).isEqualTo("s.khan@salt.example.org");
    }

    @Test
    void twentyWeeksPassingIsWarnedThenBreachedWithARecoveryDateForTheParent() {
        assess("2026-02-02");
        provideAllAdvice("2026-03-10");
        planDrafted("2026-04-20");

        fire("Timer_FinalPlanDueSoon", "2026-05-10T23:00:00Z");
        executeJobs();
        assertThat(last(RecipientRole.MANAGER).subject()).startsWith("Due soon: Final plan sent").contains("25 May 2026");
        assertThat(last(RecipientRole.OFFICER).subject()).startsWith("Due soon: Final plan sent");

        fire("Timer_FinalPlanBreached", "2026-05-25T23:00:00Z");
        assertThat(deadline(DeadlineKey.FINAL_PLAN).status()).isEqualTo(Deadline.Status.BREACHED);
        executeJobs();
        assertThat(last(RecipientRole.MANAGER).subject()).startsWith("MISSED: statutory deadline FINAL_PLAN");
        ProcessInstance breach = runtimeService().createProcessInstanceQuery().processDefinitionKey("deadline-breach")
                .processInstanceBusinessKey(c.reference()).singleResult();
        Task recovery = task("Task_PlanRecovery", breach);
        assertThat(recovery).hasCandidateGroup("send-managers").hasName("Breached statutory deadline");
        assertThat(recovery.getDueDate()).isEqualTo(endOf("2026-05-25"));
        assertThat(pi).isWaitingAt(NeedsAssessment.TASK_RECORD_PARENT_COMMENTS, "CallActivity_HandleFinalPlanBreach");

        complete(recovery, withVariables("recoveryDate", "2026-06-12", "breachReason", "Two consultations late"));
        executeJobs();
        assertThat(deadline(DeadlineKey.FINAL_PLAN).recovery()).isEqualTo(
                new Deadline.Recovery(LocalDate.of(2026, 6, 12), "Two consultations late"));
        assertThat(last(RecipientRole.PARENT)).satisfies(n -> {
            assertThat(n.subject()).startsWith("We are late");
            assertThat(n.body()).contains("by 25 May 2026", "by 12 June 2026");
        });
    }

    @Test
    void aLateDecisionWhetherToAssessIsWarnedAndBreachedToo() {
        consider();
        fire("Timer_AssessmentDecisionDueSoon", "2026-02-09T00:00:00Z");
        executeJobs();   // the warning goes out that day: a warning still waiting once the day has passed is not sent
        fire("Timer_AssessmentDecisionBreached", "2026-02-17T00:00:00Z");
        executeJobs();
        assertThat(deadline(DeadlineKey.ASSESSMENT_DECISION).status()).isEqualTo(Deadline.Status.BREACHED);
        assertThat(sentTo(RecipientRole.MANAGER)).extracting(Notification::subject)
                .anyMatch(s -> s.startsWith("Due soon: Parent or young person told whether the LA will assess"))
                .anyMatch(s -> s.startsWith("MISSED: statutory deadline ASSESSMENT_DECISION"));

        today("2026-02-18");
        complete(task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS, pi), withVariables("assessDecision", "ASSESS"));
        assertThat(deadline(DeadlineKey.ASSESSMENT_DECISION)).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.BREACHED);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 2, 18));
        });
    }

    @Test
    void thePlanIsFinalisedBeforeTheParentsFifteenDaysEndOnlyWithAReasonRecorded() {
        assess("2026-02-02");
        provideAllAdvice("2026-03-10");
        planDrafted("2026-04-20");
        today("2026-04-22");
        complete(task(NeedsAssessment.TASK_RECORD_PARENT_COMMENTS, pi), withVariables("parentComments", "We agree",
                "meetingRequested", false, "preferredSchoolName", "Riverside Academy",
                "preferredSchoolEmail", "admissions@riverside.example.org", "otherSchoolName", "", "otherSchoolEmail", ""));
        executeJobs();
        for (ProcessInstance consultation : runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("school-consultation").processInstanceBusinessKey(c.reference()).list()) {
            complete(task("Task_RecordSchoolResponse", consultation), withVariables("schoolResponse", "CAN_MEET_NEEDS",
                    "schoolRespondedOn", "2026-04-22"));
        }
        today("2026-04-28");
        Task finalise = task(NeedsAssessment.TASK_FINALISE_PLAN, pi);
        Map<String, Object> plan = Map.of("namedSchoolName", "Riverside Academy", "finalPlanDocument", "EDRMS/plan/882");

        assertThatThrownBy(() -> complete(finalise, plan)).hasMessageContaining("4 May 2026")
                .hasMessageContaining("record why");
        assertThat(pi).isWaitingAt(NeedsAssessment.TASK_FINALISE_PLAN);
        Map<String, Object> withReason = new java.util.HashMap<>(plan);
        withReason.put("earlyFinalisationReason", "The parent replied on 22 April agreeing the draft and naming Riverside");
        complete(finalise, withReason);
        assertThat(deadline(DeadlineKey.FINAL_PLAN).metOn()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void aPlanDecisionMadeLateIsRecordedAsBreachedThoughNoTimerWatchesIt() {
        assess("2026-02-02");
        provideAllAdvice("2026-03-10");
        today("2026-04-28");
        complete(task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ISSUE_PLAN, pi), withVariables("planDecision", "NOT_ISSUE",
                "planDecisionReason", "Needs can be met by SEN support"));
        assertThat(deadline(DeadlineKey.PLAN_DECISION)).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.BREACHED);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 4, 28));
        });
        assertThat(breachedOn(DeadlineKey.PLAN_DECISION)).as("found missed the day it was done, so the breaches count it")
                .isEqualTo(LocalDate.of(2026, 4, 28));
    }

    /** Reg 10(1)'s 16 weeks limit a decision not to issue a plan; a plan to issue runs on the 20 weeks instead. */
    @Test
    void aDecisionToIssueAPlanAfterSixteenWeeksBreachesNothing() {
        assess("2026-02-02");
        provideAllAdvice("2026-03-10");
        today("2026-04-28");
        complete(task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ISSUE_PLAN, pi), withVariables("planDecision", "ISSUE",
                "planDecisionReason", "Needs exceed what SEN support provides"));
        assertThat(deadline(DeadlineKey.PLAN_DECISION)).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 4, 28));
        });
        assertThat(breachedOn(DeadlineKey.PLAN_DECISION)).isNull();
    }

    private LocalDate breachedOn(DeadlineKey key) {
        return jdbc.sql("select breached_on from deadline where case_reference = :ref and deadline_key = :key")
                .param("ref", c.reference()).param("key", key.name()).query(LocalDate.class).optional().orElse(null);
    }

    @Test
    void anExceptionIsRecordedOnTheRunningClocksAndTheParentIsTold() {
        assess("2026-02-02");
        today("2026-02-20");
        changes.recordException(c.reference(), new CaseChanges.ExceptionRecord(ExceptionCircumstance.ABSENT_FROM_AREA,
                "Family abroad for a bereavement", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 20)));
        executeJobs();

        assertThat(deadline(DeadlineKey.FINAL_PLAN)).satisfies(d -> {
            assertThat(d.dueDate()).as("the clock keeps running").isEqualTo(LocalDate.of(2026, 5, 25));
            assertThat(d.exception()).isEqualTo(new Deadline.DeadlineException("ABSENT_FROM_AREA",
                    "Family abroad for a bereavement", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 20)));
        });
        assertThat(deadline(DeadlineKey.ADVICE_MEDICAL).exception()).isNotNull();
        assertThat(deadline(DeadlineKey.ASSESSMENT_DECISION).exception()).as("already met").isNull();
        assertThat(last(RecipientRole.PARENT).body()).contains("away from the area", "reg 10(4)(d)");
        assertThat(pi).isWaitingAt(NeedsAssessment.CALL_REQUEST_ADVICE);
    }

    @Test
    void withdrawnWhileTheRequestIsConsidered() {
        consider();
        withdraw();
        assertThat(deadlines.forCase(c.reference())).extracting(Deadline::status).containsOnly(Deadline.Status.CANCELLED);
        assertThat(cases.find(c.reference()).orElseThrow().stage()).isEqualTo("WITHDRAWN");
    }

    @Test
    void withdrawnWhileAdviceIsOutstanding() {
        assess("2026-02-02");
        withdraw();
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.reference()).count()).isZero();
        assertThat(deadlines.forCase(c.reference())).filteredOn(d -> d.key().name().startsWith("ADVICE_"))
                .hasSize(4).extracting(Deadline::status).containsOnly(Deadline.Status.CANCELLED);
        assertThat(deadline(DeadlineKey.ASSESSMENT_DECISION).status()).isEqualTo(Deadline.Status.MET);
    }

    @Test
    void withdrawnWhileTheDraftIsWithTheParent() {
        assess("2026-02-02");
        provideAllAdvice("2026-03-10");
        planDrafted("2026-04-20");
        withdraw();
        assertThat(deadline(DeadlineKey.DRAFT_COMMENTS).status()).isEqualTo(Deadline.Status.CANCELLED);
        assertThat(deadline(DeadlineKey.FINAL_PLAN).status()).isEqualTo(Deadline.Status.CANCELLED);
        assertThat(deadline(DeadlineKey.PLAN_DECISION).status()).isEqualTo(Deadline.Status.MET);
    }

    // --- steps of the journey

    private void consider() {
        executeJobs();
        assertThat(sentTo(RecipientRole.PARENT)).singleElement().satisfies(n -> assertThat(n.body())
                .contains("considering", "your views", "16 February 2026"));
        today("2026-01-20");   // the day the views come in: a form cannot record them before they have
        complete(task(NeedsAssessment.TASK_RECORD_PARENT_VIEWS, pi), withVariables("parentViews", "Amara needs help",
                "parentViewsReceivedOn", "2026-01-20"));
        assertThat(pi).isWaitingAt(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS);
    }

    private void assess(String decidedOn) {
        consider();
        today(decidedOn);
        complete(task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ASSESS, pi), withVariables("assessDecision", "ASSESS"));
        executeJobs();
        assertThat(pi).isWaitingAt(NeedsAssessment.CALL_REQUEST_ADVICE);
        assertThat(deadline(DeadlineKey.PLAN_DECISION).dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(stage()).isEqualTo("ASSESSING");
    }

    private void provideAllAdvice(String on) {
        today(on);
        for (Task advice : adviceTasks()) {
            complete(advice, adviceGiven(on));
        }
        executeJobs();
        assertThat(pi).isWaitingAt(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ISSUE_PLAN);
    }

    private void planDrafted(String servedOn) {
        today(servedOn);
        complete(task(NeedsAssessment.TASK_DECIDE_WHETHER_TO_ISSUE_PLAN, pi), withVariables("planDecision", "ISSUE",
                "planDecisionReason", "Needs exceed what SEN support provides"));
        assertThat(task(NeedsAssessment.TASK_DRAFT_PLAN, pi).getDueDate())
                .as("35 days before the final plan's 25 May 2026: the parent's 15 days and the consultation fit after it")
                .isEqualTo(endOf(servedOn.compareTo("2026-04-20") > 0 ? servedOn : "2026-04-20"));
        complete(task(NeedsAssessment.TASK_DRAFT_PLAN, pi), withVariables("sectionB", "Speech and language",
                "sectionE", "Talks in sentences", "sectionF", "SALT weekly", "draftPlanDocument", "EDRMS/draft/77"));
        executeJobs();
        assertThat(deadline(DeadlineKey.DRAFT_COMMENTS).dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(stage()).isEqualTo("FINALISING_PLAN");
    }

    private void withdraw() {
        changes.withdraw(c.reference(), new CaseChanges.Withdrawal("The family moved to another authority"),
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("manager1", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_send-managers"))));
        executeJobs();
        assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(taskQuery().processInstanceBusinessKey(c.reference()).count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(last(RecipientRole.PARENT).subject()).startsWith("Request for an EHC needs assessment withdrawn");
        assertThat(last(RecipientRole.HEALTH).body()).contains("moved to another authority");
    }

    // --- helpers

    private List<Task> adviceTasks() {
        return taskQuery().processDefinitionKey("advice-request").processInstanceBusinessKey(c.reference()).list();
    }

    private ProcessInstance adviceRequest(String kind) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey("advice-request")
                .processInstanceBusinessKey(c.reference()).variableValueEquals("adviceKind", kind).singleResult();
    }

    private static Map<String, Object> adviceGiven(String on) {
        return withVariables("adviceReceivedOn", on, "adviceDocument", "EDRMS/advice", "adviceAuthor", "An adviser");
    }

    private void executeJobs() {
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
    }

    private Date timer(String activityId) {
        return timerJob(activityId, pi).getDuedate();
    }

    private Date timerOf(String activityId, ProcessInstance instance) {
        return timerJob(activityId, instance).getDuedate();
    }

    private Job timerJob(String activityId, ProcessInstance instance) {
        return TestTimers.job(managementService(), instance, activityId);
    }

    private void fire(String activityId, String moment) {
        fireIn(pi, activityId, moment);
    }

    private void fireIn(ProcessInstance instance, String activityId, String moment) {
        TestTimers.fire(managementService(), instance, activityId, moment);
    }

    private Deadline deadline(DeadlineKey key) {
        return deadlines.findLatest(c.reference(), key).orElseThrow(() -> new AssertionError("no " + key + " clock"));
    }

    private String stage() {
        return cases.find(c.reference()).orElseThrow().stage();
    }

    private List<Notification> sentTo(RecipientRole role) {
        return SentMessages.to(notifications, c.reference(), role);
    }

    private Notification last(RecipientRole role) {
        return SentMessages.last(notifications, c.reference(), role);
    }



}
