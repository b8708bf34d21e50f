package org.ehcflow.appeal;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.ehcflow.TestClock.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.SentMessages;
import org.ehcflow.TestCases;
import org.ehcflow.TestTimers;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/appeal.bpmn, every path. Worked by hand in Tribunal working days (no weekends, no bank holidays, nothing from
 * 25 December to 1 January, nothing in August): an appeal sent to the LA on Monday 23 November 2026 must be answered
 * by Tuesday 12 January 2027 (23 days to 24 December, then 4-8 and 11-12 January). A hearing on Monday 15 March 2027
 * wants the bundle by Monday 1 March (the ten days before it); moved to Tuesday 20 April 2027, by Tuesday 6 April.
 * A refusal notified on 27 October 2026 leaves the family until 27 December to contact the mediation adviser and,
 * as that day falls between 25 December and 1 January, until Monday 4 January 2027 to appeal.
 */
@EhcFlowIntegrationTest
class AppealProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired TribunalAppeals appeals;
    @Autowired NotificationService notifications;

    CaseRecord c;

    @BeforeEach
    void init() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void answeredOnTimeWithTheBundleMovedWithTheHearingAndTheDecisionRecorded() {
        Appeal appeal = registered("SE999/26/00001", null);
        ProcessInstance pi = appealProcess();
        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE)).satisfies(d -> {
            assertThat(d.startDate()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
            assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
        });
        Task respond = task("Task_RespondToTribunal", pi);
        assertThat(respond).isAssignedTo(c.caseOfficer());
        assertThat(respond.getDueDate()).isEqualTo(endOf("2027-01-12"));
        assertThat(TestTimers.job(managementService(), pi, "Timer_TribunalResponseBreached").getDuedate())
                .isEqualTo(at("2027-01-13T00:00:00Z"));
        assertThat(pi).isWaitingAt("Task_RespondToTribunal", "Event_HearingDateSet");

        today("2026-12-14");
        complete(respond, withVariables("tribunalResponse", "OPPOSE", "responseSummary", "The assessment refusal was right"));
        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE).status()).isEqualTo(Deadline.Status.MET);
        assertThat(appeals.find(c.reference(), appeal.id())).satisfies(a -> {
            assertThat(a.response()).isEqualTo(TribunalResponse.OPPOSE);
            assertThat(a.respondedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        });

        appeals.hearingDate(c.reference(), appeal.id(), LocalDate.of(2027, 3, 15));
        assertThat(deadline(DeadlineKey.TRIBUNAL_BUNDLE).dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(task("Task_SendBundle", pi).getDueDate()).isEqualTo(endOf("2027-03-01"));

        today("2027-01-20");
        appeals.hearingDate(c.reference(), appeal.id(), LocalDate.of(2027, 4, 20));
        assertThat(deadlines.forCase(c.reference())).filteredOn(d -> d.key() == DeadlineKey.TRIBUNAL_BUNDLE)
                .extracting(Deadline::dueDate, Deadline::status).containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2027, 3, 1), Deadline.Status.CANCELLED),
                        tuple(LocalDate.of(2027, 4, 6), Deadline.Status.OPEN));
        Task bundle = task("Task_SendBundle", pi);
        assertThat(bundle.getDueDate()).isEqualTo(endOf("2027-04-06"));

        today("2027-04-01");
        complete(bundle, withVariables("bundleSummary", "Bundle of 240 pages, filed in EDRMS"));
        assertThat(deadline(DeadlineKey.TRIBUNAL_BUNDLE).status()).isEqualTo(Deadline.Status.MET);
        assertThat(pi).isWaitingAt("Task_RecordDecision");

        today("2027-05-04");
        complete(task("Task_RecordDecision", pi), withVariables("tribunalOutcome", "DISMISSED",
                "tribunalDecisionSent", "2027-04-30", "decisionSummary", "The refusal stands"));
        assertThat(pi).isEnded().hasPassed("EndEvent_NothingRequired", "EndEvent_AppealClosed");
        assertThat(appeals.find(c.reference(), appeal.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(Appeal.Status.DECIDED);
            assertThat(a.outcome()).isEqualTo(TribunalOutcome.DISMISSED);
            assertThat(a.decidedOn()).isEqualTo(LocalDate.of(2027, 4, 30));
            assertThat(a.hearingDate()).isEqualTo(LocalDate.of(2027, 4, 20));
            assertThat(a.bundleSentOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        });
    }

    @Test
    void aResponseNotSentInTimeIsBreachedAndHandedToTheManagers() {
        registered("SE999/26/00002", LocalDate.of(2027, 3, 15));
        ProcessInstance pi = appealProcess();
        assertThat(pi).isWaitingAt("Task_RespondToTribunal", "Task_SendBundle");
        TestTimers.fire(managementService(), pi, "Timer_TribunalResponseBreached", "2027-01-13T00:00:00Z");
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());

        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE).status()).isEqualTo(Deadline.Status.BREACHED);
        assertThat(taskService().createTaskQuery().processDefinitionKey("deadline-breach")
                .processInstanceBusinessKey(c.reference()).taskCandidateGroup("send-managers").count()).isOne();
        assertThat(pi).isWaitingAt("Task_RespondToTribunal", "Task_SendBundle");
    }

    @Test
    void aWithdrawnAppealClosesWithItsClocksCancelled() {
        Appeal appeal = registered("SE999/26/00003", LocalDate.of(2027, 3, 15));
        ProcessInstance pi = appealProcess();
        today("2026-12-01");
        appeals.withdraw(c.reference(), appeal.id());

        assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(deadlines.forCase(c.reference())).extracting(Deadline::key, Deadline::status).containsExactlyInAnyOrder(
                tuple(DeadlineKey.TRIBUNAL_RESPONSE, Deadline.Status.CANCELLED),
                tuple(DeadlineKey.TRIBUNAL_BUNDLE, Deadline.Status.CANCELLED));
        assertThat(appeals.find(c.reference(), appeal.id()).status()).isEqualTo(Appeal.Status.WITHDRAWN);
    }

    @Test
    void anAppealWithdrawnAfterTheHearingIsClosedWithoutADecision() {
        Appeal appeal = registered("SE999/26/00004", LocalDate.of(2027, 3, 15));
        ProcessInstance pi = appealProcess();
        today("2026-12-14");
        complete(task("Task_RespondToTribunal", pi), withVariables("tribunalResponse", "OPPOSE", "responseSummary", "Opposed"));
        complete(task("Task_SendBundle", pi), withVariables("bundleSummary", "Sent"));
        assertThat(pi).isWaitingAt("Task_RecordDecision");
        appeals.withdraw(c.reference(), appeal.id());

        assertThat(pi).isEnded().hasPassed("EndEvent_WithdrawnBeforeDecision");
        assertThat(appeals.find(c.reference(), appeal.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(Appeal.Status.WITHDRAWN);
            assertThat(a.response()).isEqualTo(TribunalResponse.OPPOSE);
        });
    }

    @Test
    void aRefusalToAssessGivesTheFamilyTwoMonthsToAppealMovedPastChristmasAndTheAppealJoinsTheWatch() {
        ProcessInstance watch = decisionNotifiedOn("2026-10-27", AppealableDecision.REFUSAL_TO_ASSESS);
        assertThat(deadline(DeadlineKey.MEDIATION_CONTACT).dueDate()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(deadline(DeadlineKey.APPEAL_LODGE)).satisfies(d -> {
            assertThat(d.dueDate()).as("27 December moves past 1 January, to Monday 4 January").isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
        });
        assertThat(TestTimers.job(managementService(), watch, "Timer_TimeToAppealOver").getDuedate()).isEqualTo(at("2027-01-05T00:00:00Z"));

        today("2026-12-10");
        Appeal appeal = appeals.register(c.reference(), new NewAppeal(AppealableDecision.REFUSAL_TO_ASSESS, "SE999/26/00005",
                LocalDate.of(2026, 12, 10), null));

        assertThat(appealProcess().getId()).as("the appeal joins the watch").isEqualTo(watch.getId());
        assertThat(watch).hasPassed("Event_AppealLodged").isWaitingAt("Task_RespondToTribunal", "Event_HearingDateSet");
        assertThat(deadline(DeadlineKey.APPEAL_LODGE).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.MEDIATION_CONTACT).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE).dueDate()).as("11 December to 29 January, less the Christmas break")
                .isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(task("Task_RespondToTribunal", watch).getDueDate()).isEqualTo(endOf("2027-01-29"));
        assertThat(appeals.find(c.reference(), appeal.id()).status()).isEqualTo(Appeal.Status.REGISTERED);
    }

    @Test
    void anAppealEnteredThroughTheTasklistStartFormIsHandedToTheWatchOfItsDecision() {
        ProcessInstance watch = decisionNotifiedOn("2026-10-27", AppealableDecision.REFUSAL_TO_ASSESS);
        today("2026-12-10");
        ProcessInstance entered = runtimeService().startProcessInstanceByKey(TribunalAppeals.PROCESS, java.util.Map.of(
                "caseReference", c.reference(), "decision", "REFUSAL_TO_ASSESS", "tribunalReference", "SE999/26/00011",
                "sentToLocalAuthority", "2026-12-10"));

        assertThat(entered).isEnded().hasPassed("EndEvent_JoinedWatch");
        assertThat(watch).hasPassed("Event_AppealLodged").isWaitingAt("Task_RespondToTribunal", "Event_HearingDateSet");
        assertThat(appeals.forCase(c.reference())).singleElement().satisfies(a -> {
            assertThat(a.tribunalReference()).isEqualTo("SE999/26/00011");
            assertThat(a.sentToLocalAuthority()).isEqualTo(LocalDate.of(2026, 12, 10));
        });
        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE).dueDate()).isEqualTo(LocalDate.of(2027, 1, 29));
    }

    @Test
    void anAppealEnteredThroughTheStartFormWithNoWatchIsAnsweredByItsOwnJourneyAndABadEntryChangesNothing() {
        today("2026-11-23");
        c = TestCases.register(cases, "officer2");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(TribunalAppeals.PROCESS, java.util.Map.of(
                "caseReference", c.reference(), "decision", "REFUSAL_TO_PAY", "tribunalReference", "SE999/26/00012",
                "sentToLocalAuthority", "2026-11-23"))).hasMessageContaining("decision must be one of");
        assertThat(appeals.forCase(c.reference())).isEmpty();

        ProcessInstance entered = runtimeService().startProcessInstanceByKey(TribunalAppeals.PROCESS, java.util.Map.of(
                "caseReference", c.reference(), "decision", "CEASE", "tribunalReference", "SE999/26/00012",
                "sentToLocalAuthority", "2026-11-23", "hearingDate", "2027-03-15"));
        assertThat(entered).hasBusinessKey(c.reference()).hasPassed("Gateway_JoinedWatch", "Gateway_Appeal")
                .isWaitingAt("Task_RespondToTribunal", "Task_SendBundle");
        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE).dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(deadline(DeadlineKey.TRIBUNAL_BUNDLE).dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void withNoAppealByTheLimitTheWatchEndsAndTheFamilysPeriodsAreOver() {
        ProcessInstance watch = decisionNotifiedOn("2026-12-02", AppealableDecision.NO_PLAN);
        assertThat(deadline(DeadlineKey.APPEAL_LODGE).dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
        TestTimers.fire(managementService(), watch, "Timer_TimeToAppealOver", "2027-02-03T00:00:00Z");

        assertThat(watch).isEnded().hasPassed("EndEvent_NoAppeal");
        assertThat(deadlines.forCase(c.reference())).extracting(Deadline::key, Deadline::status).containsExactlyInAnyOrder(
                tuple(DeadlineKey.MEDIATION_CONTACT, Deadline.Status.MET), tuple(DeadlineKey.APPEAL_LODGE, Deadline.Status.MET));
    }

    @Test
    void mediationWithHealthInDisputeTellsTheIcbAndACertificateMovesTheTimeToAppeal() {
        ProcessInstance watch = decisionNotifiedOn("2026-10-27", AppealableDecision.PLAN_CONTENTS);
        today("2026-11-02");
        appeals.requestMediation(c.reference(), new MediationRequest(AppealableDecision.PLAN_CONTENTS,
                "Section F: speech and language therapy", true, LocalDate.of(2026, 11, 2)));

        assertThat(deadline(DeadlineKey.MEDIATION_CONTACT).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.MEDIATION_HEALTH_NOTICE).dueDate()).as("3 working days").isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(deadline(DeadlineKey.MEDIATION_HELD).dueDate()).as("30 days").isEqualTo(LocalDate.of(2026, 12, 2));
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
        assertThat(SentMessages.last(notifications, c.reference(), RecipientRole.HEALTH).body())
                .contains("speech and language therapy", "2 December 2026");
        assertThat(deadline(DeadlineKey.MEDIATION_HEALTH_NOTICE).status()).isEqualTo(Deadline.Status.MET);
        Task outcome = task("Task_RecordMediationOutcome", watch);
        assertThat(outcome).isAssignedTo(c.caseOfficer());
        assertThat(outcome.getDueDate()).isEqualTo(endOf("2026-12-02"));

        today("2026-12-10");
        complete(outcome, withVariables("mediationOutcome", "NOT_ARRANGED", "certificateIssued", "2026-12-10"));

        assertThat(deadline(DeadlineKey.MEDIATION_HELD).status()).isEqualTo(Deadline.Status.CANCELLED);
        assertThat(deadlines.forCase(c.reference())).filteredOn(d -> d.key() == DeadlineKey.APPEAL_LODGE)
                .extracting(Deadline::dueDate, Deadline::status).as("a month after the certificate, 10 January, is later")
                .containsExactlyInAnyOrder(tuple(LocalDate.of(2027, 1, 4), Deadline.Status.CANCELLED),
                        tuple(LocalDate.of(2027, 1, 10), Deadline.Status.OPEN));
        assertThat(watch).isWaitingAt("Gateway_FamilyDecides");
        assertThat(TestTimers.job(managementService(), watch, "Timer_TimeToAppealOver").getDuedate()).isEqualTo(at("2027-01-11T00:00:00Z"));
        assertThatThrownBy(() -> appeals.requestMediation(c.reference(), new MediationRequest(AppealableDecision.PLAN_CONTENTS,
                "Again", false, LocalDate.of(2026, 12, 10)))).hasMessageContaining("already been to mediation");
    }

    @Test
    void anAgreementAtMediationIsCarriedOutWithinTwoWeeks() {
        ProcessInstance watch = decisionNotifiedOn("2026-12-02", AppealableDecision.REFUSAL_TO_AMEND);
        today("2026-12-07");
        appeals.requestMediation(c.reference(), new MediationRequest(AppealableDecision.REFUSAL_TO_AMEND,
                "Section F hours", false, LocalDate.of(2026, 12, 7)));
        assertThat(deadline(DeadlineKey.MEDIATION_HELD).dueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.MEDIATION_HEALTH_NOTICE)).isEmpty();

        today("2026-12-21");
        complete(task("Task_RecordMediationOutcome", watch), withVariables("mediationOutcome", "AGREEMENT",
                "agreedActions", "Amend section F to 3 hours a week"));
        assertThat(deadline(DeadlineKey.MEDIATION_HELD).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.MEDIATION_ACTIONS).dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        Task actions = task("Task_CarryOutAgreedActions", watch);
        assertThat(actions.getDueDate()).isEqualTo(endOf("2027-01-04"));

        today("2026-12-23");
        complete(actions, withVariables("actionsDone", "Section F amended"));
        assertThat(deadline(DeadlineKey.MEDIATION_ACTIONS).status()).isEqualTo(Deadline.Status.MET);
        assertThat(watch).isWaitingAt("Gateway_FamilyDecides");
        assertThat(deadline(DeadlineKey.APPEAL_LODGE)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
            assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
        });
    }

    /** Agreed on Monday 21 December 2026: an amendment the Tribunal could have ordered has its 5 weeks, to 25 January. */
    @Test
    void anAgreedAmendmentTheTribunalCouldHaveOrderedHasTheLimitOfAnOrder() {
        ProcessInstance watch = decisionNotifiedOn("2026-12-02", AppealableDecision.REFUSAL_TO_AMEND);
        today("2026-12-07");
        appeals.requestMediation(c.reference(), new MediationRequest(AppealableDecision.REFUSAL_TO_AMEND,
                "Section F hours", false, LocalDate.of(2026, 12, 7)));
        today("2026-12-21");
        complete(task("Task_RecordMediationOutcome", watch), withVariables("mediationOutcome", "AGREEMENT",
                "agreedActions", "Amend section F to 3 hours a week", "orderableAction", "AMEND"));

        assertThat(deadline(DeadlineKey.MEDIATION_ACTIONS).dueDate()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(task("Task_CarryOutAgreedActions", watch).getDueDate()).isEqualTo(endOf("2027-01-25"));
    }

    /**
     * Agreed on Friday 20 November 2026 to assess: the parent must be told within 2 weeks, by 4 December, and the
     * final plan is due within 14 weeks, by 26 February 2027, as if the Tribunal had ordered it.
     */
    @Test
    void anAgreedAssessmentRunsOnTheClocksOfAnOrderToAssess() {
        ProcessInstance watch = decisionNotifiedOn("2026-10-27", AppealableDecision.REFUSAL_TO_ASSESS);
        today("2026-11-02");
        appeals.requestMediation(c.reference(), new MediationRequest(AppealableDecision.REFUSAL_TO_ASSESS,
                "Whether the needs call for an assessment", false, LocalDate.of(2026, 11, 2)));
        today("2026-11-20");
        complete(task("Task_RecordMediationOutcome", watch), withVariables("mediationOutcome", "AGREEMENT",
                "agreedActions", "The LA will assess", "orderableAction", "ASSESS"));

        assertThat(watch).isWaitingAt("CallActivity_AgreedAssessment");
        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.MEDIATION_ACTIONS)).isEmpty();
        assertThat(deadline(DeadlineKey.ORDER_ASSESS_NOTIFY).dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(deadline(DeadlineKey.ORDER_ASSESS_FINAL_PLAN).dueDate()).isEqualTo(LocalDate.of(2027, 2, 26));
        ProcessInstance assessment = runtimeService().createProcessInstanceQuery().superProcessInstanceId(watch.getId()).singleResult();
        assertThat(assessment.getProcessDefinitionId()).startsWith("ehc-needs-assessment:");
        assertThat(assessment).isWaitingAt("Task_TellParentRequestConsidered");
    }

    /** As the other journeys do when their notice goes out (appeals.watch). */
    private ProcessInstance decisionNotifiedOn(String date, AppealableDecision decision) {
        today(date);
        c = TestCases.register(cases, "officer2");
        runtimeService().createMessageCorrelation(TribunalAppeals.MESSAGE_DECISION).processInstanceBusinessKey(c.reference())
                .setVariable("appealableDecision", decision.name()).correlateStartMessage();
        ProcessInstance watch = appealProcess();
        assertThat(watch).isWaitingAt("Gateway_FamilyDecides");
        return watch;
    }

    private Appeal registered(String tribunalReference, LocalDate hearing) {
        today("2026-11-23");
        c = TestCases.register(cases, "officer2");
        return appeals.register(c.reference(), new NewAppeal(AppealableDecision.REFUSAL_TO_ASSESS, tribunalReference,
                LocalDate.of(2026, 11, 23), hearing));
    }

    private ProcessInstance appealProcess() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(TribunalAppeals.PROCESS)
                .processInstanceBusinessKey(c.reference()).singleResult();
    }

    private Task task(String taskDefinitionKey, ProcessInstance pi) {
        Task task = taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey).singleResult();
        assertThat(task).as(taskDefinitionKey).isNotNull();
        return task;
    }

    private Deadline deadline(DeadlineKey key) {
        return deadlines.findLatest(c.reference(), key).orElseThrow(() -> new AssertionError("no " + key + " clock"));
    }
}
