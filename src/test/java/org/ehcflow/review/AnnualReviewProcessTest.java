package org.ehcflow.review;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.ehcflow.TestClock.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.SentMessages;
import org.ehcflow.TestTimers;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.appeal.AppealableDecision;
import org.ehcflow.appeal.NewAppeal;
import org.ehcflow.appeal.TribunalAppeals;
import org.ehcflow.casefile.CasePlan;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.NextTransfer;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.deadline.DeadlineSweep;
import org.ehcflow.deadline.PhaseTransfer;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/annual-review.bpmn and bpmn/plan-review.bpmn, every path. Worked by hand: a plan issued on Monday 31 March 2025
 * has REVIEW_MEETING on Tuesday 31 March 2026 (12 months), the officer reminded 70 days before, at 00:00 on
 * 20 January 2026 (GMT), and the breach at 00:00 BST on 1 April 2026 (23:00 UTC on 31 March). A meeting on Tuesday
 * 10 March 2026 has REVIEW_INVITATIONS and REVIEW_ADVICE_CIRCULATED on 24 February (14 days before), REVIEW_REPORT on
 * 24 March (2 weeks after) and REVIEW_DECISION on Tuesday 7 April (4 weeks after); the next review is due
 * 10 March 2027. An amendment notice served on 31 March 2026 has AMENDMENT_COMMENTS on 14 April (15 days beginning
 * with the 31st) and AMENDED_PLAN on 26 May (8 weeks). A cease notice sent on 27 March 2026 leaves the family until
 * 27 May 2026 to appeal (2 months), watched by the appeal journey.
 */
@EhcFlowIntegrationTest
class AnnualReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired NotificationService notifications;
    @Autowired ExistingPlans existingPlans;
    @Autowired PlanReviewRepository reviews;
    @Autowired TribunalAppeals appeals;
    @Autowired DeadlineSweep sweep;

    CaseRecord c;
    ProcessInstance annual;

    @BeforeEach
    void init() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void maintainedAfterTheReviewAndReviewedAgainTwelveMonthsAfterTheMeeting() {
        planIssued("2014-05-02", "2025-03-31");
        assertThat(deadline(DeadlineKey.REVIEW_MEETING)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
        });
        assertThat(annual).isWaitingAt(AnnualReview.TIMER_TIME_TO_ARRANGE);
        assertThat(timer(AnnualReview.TIMER_TIME_TO_ARRANGE)).isEqualTo(at("2026-01-20T00:00:00Z"));
        assertThat(reviewsRunning()).as("no review runs before it is time to arrange it").isZero();
        meetingArrangedFor("2026-03-10");
        assertThat(deadline(DeadlineKey.REVIEW_INVITATIONS)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 2, 24));
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
        });
        for (RecipientRole invitee : List.of(RecipientRole.PARENT, RecipientRole.SCHOOL, RecipientRole.HEALTH, RecipientRole.SOCIAL_CARE)) {
            assertThat(sentTo(invitee)).extracting(Notification::subject).as("invited: " + invitee)
                    .anyMatch(s -> s.startsWith("Invitation: annual review") && s.contains("10 March 2026"))
                    .anyMatch(s -> s.startsWith("Advice needed for the review"));
        }
        adviceCirculated("2026-02-20");
        assertThat(deadline(DeadlineKey.REVIEW_ADVICE_CIRCULATED)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 2, 24));
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
        });
        meetingHeldAndReported("2026-03-10", "2026-03-20");
        assertThat(deadline(DeadlineKey.REVIEW_MEETING)).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        });
        assertThat(deadline(DeadlineKey.REVIEW_REPORT).dueDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        Task decide = task(AnnualReview.TASK_DECIDE, review());
        assertThat(decide).isAssignedTo(c.caseOfficer());
        assertThat(decide.getDueDate()).isEqualTo(endOf("2026-04-07"));
        assertThat(timerIn(review(), "Timer_DecisionBreached")).isEqualTo(at("2026-04-07T23:00:00Z"));

        today("2026-04-01");
        ProcessInstance firstReview = review();
        complete(decide, withVariables("reviewDecision", "MAINTAIN", "decisionReasons", "Good progress towards every outcome"));
        executeJobs();

        assertThat(firstReview).isEnded().hasPassed("EndEvent_PlanMaintained");
        assertThat(last(RecipientRole.PARENT).body()).contains("keep", "Good progress", "appeal", "mediation adviser");
        assertThat(deadlines.forCase(c.reference())).filteredOn(d -> d.key() == DeadlineKey.REVIEW_DECISION).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(Deadline.Status.MET));
        assertThat(reviews.forCase(c.reference())).singleElement().satisfies(r -> {
            assertThat(r.meetingDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(r.decisionDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(r.outcome()).isEqualTo("MAINTAIN");
        });
        assertThat(annual).isWaitingAt(AnnualReview.TIMER_TIME_TO_ARRANGE);
        assertThat(deadline(DeadlineKey.REVIEW_MEETING)).satisfies(d -> {
            assertThat(d.startDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 3, 10));
            assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
        });
        assertThat(timer(AnnualReview.TIMER_TIME_TO_ARRANGE)).as("70 days before 10 March 2027").isEqualTo(at("2026-12-30T00:00:00Z"));
    }

    @Test
    void amendedWithTheProposedAmendmentsAndFinalWithinTwelveWeeksOfTheMeeting() {
        reviewedOn("2026-03-10");
        today("2026-03-31");
        complete(task(AnnualReview.TASK_DECIDE, review()), withVariables("reviewDecision", "AMEND",
                "decisionReasons", "Needs in communication have changed",
                "proposedAmendments", "Section F: add weekly speech and language therapy"));
        executeJobs();
        assertThat(last(RecipientRole.PARENT).body()).contains("weekly speech and language therapy", "14 April 2026", "26 May 2026");
        assertThat(deadline(DeadlineKey.AMENDMENT_COMMENTS).dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(deadline(DeadlineKey.AMENDED_PLAN).dueDate()).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(timerIn(review(), "Timer_AmendedPlanBreached")).isEqualTo(at("2026-05-26T23:00:00Z"));

        Task comments = task(AnnualReview.TASK_RECORD_AMENDMENT_COMMENTS, review());
        assertThat(comments.getDueDate()).isEqualTo(endOf("2026-04-14"));
        today("2026-04-14");
        complete(comments, withVariables("amendmentComments", "Agreed", "meetingRequested", false));
        Task finalise = task(AnnualReview.TASK_FINALISE_AMENDED_PLAN, review());
        assertThat(finalise.getDueDate()).isEqualTo(endOf("2026-05-26"));
        today("2026-05-20");
        ProcessInstance firstReview = review();
        complete(finalise, withVariables("amendmentsMade", "Section F amended", "namedSchoolName", "Oakfield Primary School",
                "namedSchoolEmail", "senco@oakfield.example.org"));
        executeJobs();

        assertThat(firstReview).isEnded().hasPassed("EndEvent_PlanAmended");
        assertThat(deadline(DeadlineKey.AMENDED_PLAN).status()).isEqualTo(Deadline.Status.MET);
        assertThat(deadline(DeadlineKey.AMENDMENT_COMMENTS).status()).isEqualTo(Deadline.Status.MET);
        assertThat(last(RecipientRole.NAMED_SCHOOL).subject()).startsWith("The final amended EHC plan");
        assertThat(last(RecipientRole.HEALTH).subject()).startsWith("The final amended EHC plan");
        assertThat(last(RecipientRole.PARENT).body()).contains("Section F amended", "appeal");
        assertThat(reviews.forCase(c.reference())).singleElement()
                .satisfies(r -> assertThat(r.amendedPlanIssued()).isEqualTo(LocalDate.of(2026, 5, 20)));
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void aPlanToBeCeasedStaysMaintainedWhileAnAppealIsPendingAndContinuesWhenTheAppealIsConceded() {
        ceaseNoticeSentOn("2026-03-27");
        assertThat(deadline(DeadlineKey.APPEAL_LODGE).dueDate()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(timerIn(ceaseAppeal(), "Timer_TimeToAppealOver")).isEqualTo(at("2026-05-27T23:00:00Z"));
        assertThat(review()).as("waiting on the appeal journey").isWaitingAt("Gateway_Appeal");
        assertThat(stage()).isEqualTo("PLAN_MAINTAINED");

        ProcessInstance ceaseReview = review();
        appealAgainstCeasingRegistered("2026-05-01", "SE999/26/00101");
        assertThat(ceaseReview).isWaitingAt(AnnualReview.WAIT_FOR_APPEAL_DECISION);
        assertThat(deadline(DeadlineKey.APPEAL_LODGE).status()).isEqualTo(Deadline.Status.MET);
        ClockUtil.setCurrentTime(at("2026-06-01T09:00:00Z"));
        assertThat(stage()).as("maintained while the appeal is pending").isEqualTo("PLAN_MAINTAINED");

        complete(task("Task_RespondToTribunal", ceaseAppeal()), withVariables("tribunalResponse", "CONCEDE",
                "responseSummary", "The plan will continue"));
        executeJobs();
        assertThat(ceaseReview).isEnded().hasPassed("EndEvent_PlanKept");
        assertThat(stage()).isEqualTo("PLAN_MAINTAINED");
        assertThat(last(RecipientRole.PARENT).subject()).contains("continues");
        assertThat(annual).isWaitingAt(AnnualReview.TIMER_TIME_TO_ARRANGE);
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    /**
     * The appeal, sent to the LA on Friday 1 May 2026, is answered by Tuesday 16 June (30 Tribunal working days, less
     * the bank holidays of 4 and 25 May); a hearing on Tuesday 15 September wants the bundle by Tuesday 1 September
     * (no day of August counts). Dismissed on 22 September, the plan ceases that day (ORDER_CEASE, immediately).
     */
    @Test
    void aPlanWhoseCeasingIsAppealedCeasesAtOnceWhenTheTribunalDismissesTheAppeal() {
        ceaseNoticeSentOn("2026-03-27");
        appealAgainstCeasingRegistered("2026-05-01", "SE999/26/00102");
        ProcessInstance appeal = ceaseAppeal();
        assertThat(deadline(DeadlineKey.TRIBUNAL_RESPONSE).dueDate()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(deadline(DeadlineKey.TRIBUNAL_BUNDLE).dueDate()).isEqualTo(LocalDate.of(2026, 9, 1));

        today("2026-06-10");
        complete(task("Task_RespondToTribunal", appeal), withVariables("tribunalResponse", "OPPOSE",
                "responseSummary", "Needs are met from the school's resources"));
        today("2026-08-28");
        complete(task("Task_SendBundle", appeal), withVariables("bundleSummary", "Bundle of 120 pages"));
        today("2026-09-22");
        complete(task("Task_RecordDecision", appeal), withVariables("tribunalOutcome", "DISMISSED",
                "tribunalDecisionSent", "2026-09-22", "decisionSummary", "The appeal is dismissed"));
        executeJobs();

        assertThat(appeal).isEnded().hasPassed("EndEvent_ReviewTold", "EndEvent_AppealClosed");
        assertThat(annual).isEnded().hasPassed("EndEvent_PlanCeased");
        assertThat(deadline(DeadlineKey.ORDER_CEASE)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 9, 22));
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
        });
        assertThat(cases.plan(c.reference()).ceased()).isEqualTo(LocalDate.of(2026, 9, 22));
        assertThat(stage()).isEqualTo("PLAN_CEASED");
        assertThat(deadlines.forCase(c.reference())).extracting(Deadline::status).doesNotContain(Deadline.Status.OPEN);
        assertThat(last(RecipientRole.PARENT).subject()).contains("has ceased");
    }

    @Test
    void aPlanCeasesWhenTheTimeToAppealIsOverWithTheReasonReportedToTheDfe() {
        ceaseNoticeSentOn("2026-03-27");
        assertThat(last(RecipientRole.PARENT).body()).contains("cease", "27 May 2026", "appeal", "mediation");
        assertThat(last(RecipientRole.HEALTH).subject()).startsWith("Decision: we intend to cease");
        fireIn(ceaseAppeal(), "Timer_TimeToAppealOver", "2026-05-27T23:00:00Z");
        executeJobs();

        assertThat(annual).isEnded().hasPassed("EndEvent_PlanCeased");
        CasePlan plan = cases.plan(c.reference());
        assertThat(plan.ceased()).isEqualTo(LocalDate.of(2026, 5, 28));
        assertThat(plan.ceaseReason()).isEqualTo(2);
        assertThat(stage()).isEqualTo("PLAN_CEASED");
        assertThat(deadlines.forCase(c.reference())).extracting(Deadline::status).doesNotContain(Deadline.Status.OPEN);
        assertThat(deadline(DeadlineKey.APPEAL_LODGE).status()).isEqualTo(Deadline.Status.MET);
        assertThat(last(RecipientRole.SCHOOL).subject()).contains("has ceased");
    }

    @Test
    void aMovedMeetingMovesTheInvitationAndAdviceDeadlinesWithIt() {
        planIssued("2014-05-02", "2025-03-31");
        meetingArrangedFor("2026-03-10");
        today("2026-02-10");
        runtimeService().createMessageCorrelation(AnnualReview.MESSAGE_MEETING_MOVED)
                .processInstanceBusinessKey(c.reference()).setVariable("meetingDate", "2026-03-17").correlate();
        executeJobs();

        assertThat(deadlines.forCase(c.reference())).filteredOn(d -> d.key() == DeadlineKey.REVIEW_ADVICE_CIRCULATED)
                .extracting(Deadline::dueDate, Deadline::status).containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2026, 2, 24), Deadline.Status.CANCELLED),
                        tuple(LocalDate.of(2026, 3, 3), Deadline.Status.OPEN));
        assertThat(deadline(DeadlineKey.REVIEW_INVITATIONS)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
        });
        assertThat(sentTo(RecipientRole.PARENT)).extracting(Notification::subject)
                .anyMatch(s -> s.startsWith("Invitation: annual review") && s.contains("17 March 2026"));
        assertThat(task(AnnualReview.TASK_CIRCULATE_ADVICE, review()).getDueDate()).isEqualTo(endOf("2026-03-03"));
        assertThat(timerIn(review(), AnnualReview.TIMER_MEETING_DAY)).isEqualTo(at("2026-03-17T00:00:00Z"));
        assertThat(reviews.forCase(c.reference())).singleElement()
                .satisfies(r -> assertThat(r.meetingDate()).isEqualTo(LocalDate.of(2026, 3, 17)));
        adviceCirculated("2026-03-02");
        meetingHeldAndReported("2026-03-17", "2026-03-24");
        assertThat(task(AnnualReview.TASK_DECIDE, review()).getDueDate()).isEqualTo(endOf("2026-04-14"));
    }

    @Test
    void aChildUnderFiveIsReviewedSixMonthsAfterThePlanIsIssued() {
        planIssued("2022-01-10", "2025-09-01");
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(timer(AnnualReview.TIMER_TIME_TO_ARRANGE)).isEqualTo(at("2025-12-21T00:00:00Z"));
    }

    @Test
    void reviewBeforeAMoveBetweenSchoolPhasesIsDueTwelveWeeksBefore14February() {
        existingPlan("2016-01-15", "2026-04-01", new ExistingPlan(LocalDate.of(2021, 6, 1), LocalDate.of(2026, 3, 10),
                new NextTransfer(LocalDate.of(2027, 9, 1), PhaseTransfer.OTHER)));
        assertThat(deadline(DeadlineKey.PHASE_TRANSFER).dueDate()).isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2026, 11, 22));

        fireIn(annual, AnnualReview.TIMER_TIME_TO_ARRANGE, "2026-09-12T23:00:00Z");
        assertThat(annual).isWaitingAt(AnnualReview.CALL_PHASE_TRANSFER_REVIEW);
        assertThat(timer("Timer_PhaseTransferDueSoon")).isEqualTo(at("2027-01-17T00:00:00Z"));
        assertThat(timer("Timer_PhaseTransferBreached")).isEqualTo(at("2027-02-15T00:00:00Z"));
        today("2026-09-14");
        executeJobs();
        complete(task(AnnualReview.TASK_ARRANGE_MEETING, review()), withVariables("meetingDate", "2026-11-02", "heldBy", "HEAD_TEACHER"));
        executeJobs();
        adviceCirculated("2026-10-15");
        fireIn(review(), AnnualReview.TIMER_MEETING_DAY, "2026-11-02T00:00:00Z");
        Task report = task(AnnualReview.TASK_SEND_REPORT, review());
        assertThat(report.getAssignee()).as("the head teacher's school writes the report").isNull();
        assertThat(taskService().getIdentityLinksForTask(report.getId())).anyMatch(link -> "schools".equals(link.getGroupId()));
        today("2026-11-10");
        complete(report, withVariables("meetingAttendees", "Parent, SENCO", "reviewReport", "Ready for secondary school",
                "recommendation", "AMEND"));
        executeJobs();

        Task decide = task(AnnualReview.TASK_DECIDE, review());
        assertThatThrownBy(() -> complete(decide, withVariables("reviewDecision", "MAINTAIN", "decisionReasons", "No change")))
                .hasMessageContaining("must be amended to name the next school");
        assertThat(review()).isWaitingAt(AnnualReview.TASK_DECIDE);
        complete(decide, withVariables("reviewDecision", "AMEND", "decisionReasons", "Transfer to secondary school",
                "proposedAmendments", "Section I: name the secondary school"));
        executeJobs();
        complete(task(AnnualReview.TASK_RECORD_AMENDMENT_COMMENTS, review()), withVariables("requestedSchool", "Hillview School"));
        Task finalise = task(AnnualReview.TASK_FINALISE_AMENDED_PLAN, review());
        assertThatThrownBy(() -> complete(finalise, withVariables("amendmentsMade", "Section I")))
                .hasMessageContaining("cannot be finalised without one");
        today("2026-12-01");
        complete(finalise, withVariables("amendmentsMade", "Section I names Hillview School", "namedSchoolName", "Hillview School",
                "namedSchoolEmail", "office@hillview.example.org"));
        executeJobs();

        assertThat(deadline(DeadlineKey.PHASE_TRANSFER)).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(cases.plan(c.reference())).satisfies(plan -> {
            assertThat(plan.namedSetting()).isEqualTo("Hillview School");
            assertThat(plan.nextTransfer()).isNull();
        });
        assertThat(annual).isWaitingAt(AnnualReview.TIMER_TIME_TO_ARRANGE);
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2027, 11, 2));
    }

    @Test
    void reviewBeforeLeavingSecondarySchoolForPost16IsDueTwelveWeeksBefore31March() {
        existingPlan("2011-03-15", "2026-07-01", new ExistingPlan(LocalDate.of(2020, 6, 1), LocalDate.of(2026, 6, 15),
                new NextTransfer(LocalDate.of(2027, 9, 1), PhaseTransfer.SECONDARY_TO_POST16)));
        assertThat(deadline(DeadlineKey.PHASE_TRANSFER).dueDate()).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        fireIn(annual, AnnualReview.TIMER_TIME_TO_ARRANGE, "2026-10-27T00:00:00Z");
        assertThat(annual).isWaitingAt(AnnualReview.CALL_PHASE_TRANSFER_REVIEW);
    }

    @Test
    void reviewBeforeAMoveBetweenPost16InstitutionsIsDueTwelveWeeksBeforeFiveMonthsBeforeIt() {
        existingPlan("2009-03-15", "2026-07-01", new ExistingPlan(LocalDate.of(2020, 6, 1), LocalDate.of(2026, 6, 15),
                new NextTransfer(LocalDate.of(2027, 9, 1), PhaseTransfer.POST16_TO_POST16)));
        assertThat(deadline(DeadlineKey.PHASE_TRANSFER).dueDate()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void aTransferMoreThanTwelveMonthsAfterTheReviewLeavesItsUsualDate() {
        existingPlan("2016-01-15", "2025-04-01", new ExistingPlan(LocalDate.of(2021, 6, 1), LocalDate.of(2025, 3, 31),
                new NextTransfer(LocalDate.of(2027, 9, 1), PhaseTransfer.OTHER)));
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.PHASE_TRANSFER)).isEmpty();
        fireIn(annual, AnnualReview.TIMER_TIME_TO_ARRANGE, "2026-01-20T00:00:00Z");
        assertThat(annual).isWaitingAt(AnnualReview.CALL_REVIEW);
    }

    @Test
    void aReviewMeetingNotHeldInTimeIsBreachedAndHandedToTheManagers() {
        planIssued("2014-05-02", "2025-03-31");
        fireIn(annual, AnnualReview.TIMER_TIME_TO_ARRANGE, "2026-01-20T00:00:00Z");
        executeJobs();
        assertThat(last(RecipientRole.OFFICER).subject()).startsWith("Arrange the annual review").contains("31 March 2026");
        today("2026-03-20");
        complete(task(AnnualReview.TASK_ARRANGE_MEETING, review()), withVariables("meetingDate", "2026-04-20", "heldBy", "LOCAL_AUTHORITY"));
        executeJobs();
        fireIn(review(), "Timer_ReviewMeetingBreached", "2026-03-31T23:00:00Z");
        executeJobs();

        assertThat(deadline(DeadlineKey.REVIEW_MEETING).status()).isEqualTo(Deadline.Status.BREACHED);
        Task recovery = managersRecoveryTask();
        assertThat(recovery.getName()).isEqualTo("Breached statutory deadline");
        assertThat(last(RecipientRole.MANAGER).subject()).startsWith("MISSED: statutory deadline REVIEW_MEETING");
        assertThat(review()).isWaitingAt("Timer_MeetingDay");
    }

    /**
     * Issued 30 June 2025: the review is due 30 June 2026 and the time to arrange it comes 70 days before, on
     * 21 April 2026 (midnight in London, 23:00 UTC the day before in summer time). Brought in the day before, the plan
     * waits for that moment.
     */
    @Test
    void aPlanBroughtInBeforeItsTimeToArrangeWaitsForIt() {
        existingPlan("2012-02-02", "2026-04-20", new ExistingPlan(LocalDate.of(2025, 6, 30), null, null));
        assertThat(annual).isWaitingAt(AnnualReview.TIMER_TIME_TO_ARRANGE);
        assertThat(timer(AnnualReview.TIMER_TIME_TO_ARRANGE)).isEqualTo(at("2026-04-20T23:00:00Z"));
        assertThat(reviewsRunning()).isZero();
    }

    /** The same plan brought in on 21 April 2026: its review starts as it is brought in, with no timer on the way. */
    @Test
    void aPlanBroughtInOnceItsTimeToArrangeHasComeStartsItsReviewAtOnce() {
        existingPlan("2012-02-02", "2026-04-21", new ExistingPlan(LocalDate.of(2025, 6, 30), null, null));
        assertThat(annual).isWaitingAt(AnnualReview.CALL_REVIEW);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(annual.getId())
                .activityId(AnnualReview.TIMER_TIME_TO_ARRANGE).count()).as("the timer was never entered").isZero();
        assertThat(deadline(DeadlineKey.REVIEW_MEETING).status()).isEqualTo(Deadline.Status.OPEN);
        executeJobs();
        Task arrange = task(AnnualReview.TASK_ARRANGE_MEETING, review());
        assertThat(arrange).isAssignedTo(c.caseOfficer());
        assertThat(arrange.getDueDate()).isEqualTo(endOf("2026-06-30"));
        assertThat(last(RecipientRole.OFFICER).subject()).startsWith("Arrange the annual review").endsWith("due by 30 June 2026");
    }

    @Test
    void anOverduePlanBroughtInIsBreachedAtOnceAndShowsInTheManagersTasks() {
        existingPlan("2012-02-02", "2026-11-23", new ExistingPlan(LocalDate.of(2025, 6, 30), null, null));
        assertThat(deadline(DeadlineKey.REVIEW_MEETING)).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(d.status()).isEqualTo(Deadline.Status.BREACHED);
        });
        assertThat(annual).as("its review started as it was brought in").isWaitingAt(AnnualReview.CALL_REVIEW);
        executeJobs();
        assertThat(managersRecoveryTask().getDueDate()).isEqualTo(endOf("2026-06-30"));
        assertThat(task(AnnualReview.TASK_ARRANGE_MEETING, review())).isAssignedTo(c.caseOfficer());
    }

    // --- the steps of a review

    /**
     * REVIEW_DECISION's 4 weeks run from the meeting (10 March 2026: due Tuesday 7 April), but its timer watches only
     * the decision step, after the report. With the report still not sent on 8 April, the nightly sweep finds both
     * clocks missed and hands each to the managers; the timers that fire later hand neither over again.
     */
    @Test
    void aDecisionDueWhileTheReportIsLateIsFoundMissedByTheNightlySweepAndHandedOverOnce() {
        planIssued("2014-05-02", "2025-03-31");
        meetingArrangedFor("2026-03-10");
        adviceCirculated("2026-02-20");
        fireIn(review(), AnnualReview.TIMER_MEETING_DAY, "2026-03-10T00:00:00Z");

        today("2026-04-08");
        sweep.sweep();

        for (DeadlineKey key : List.of(DeadlineKey.REVIEW_REPORT, DeadlineKey.REVIEW_DECISION)) {
            assertThat(deadline(key).status()).as(key.name()).isEqualTo(Deadline.Status.BREACHED);
            assertThat(breachJourneys(key)).as("handed to the managers: " + key).isEqualTo(1);
        }
        executeJobs();
        complete(task(AnnualReview.TASK_SEND_REPORT, review()), withVariables("meetingAttendees", "Parent, SENCO",
                "reviewReport", "Progress reviewed", "recommendation", "MAINTAIN"));
        executeJobs();
        assertThat(task(AnnualReview.TASK_DECIDE, review())).as("the decision step, its breach timer fired").isNotNull();
        for (DeadlineKey key : List.of(DeadlineKey.REVIEW_REPORT, DeadlineKey.REVIEW_DECISION)) {
            assertThat(breachJourneys(key)).as("still handed over once: " + key).isEqualTo(1);
        }
    }

    private long breachJourneys(DeadlineKey key) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey("deadline-breach")
                .processInstanceBusinessKey(c.reference()).variableValueEquals("deadlineKey", key.name()).count();
    }

    private void planIssued(String dateOfBirth, String issued) {
        register(dateOfBirth);
        today(issued);
        runtimeService().createMessageCorrelation(AnnualReview.MESSAGE_PLAN_ISSUED).processInstanceBusinessKey(c.reference())
                .setVariable("reviewBase", issued).correlateStartMessage();
        annual = annualReview();
    }

    private void existingPlan(String dateOfBirth, String today, ExistingPlan plan) {
        register(dateOfBirth);
        today(today);
        existingPlans.bringIn(c.reference(), plan);
        annual = annualReview();
    }

    private void meetingArrangedFor(String meeting) {
        fireIn(annual, AnnualReview.TIMER_TIME_TO_ARRANGE, "2026-01-20T00:00:00Z");
        executeJobs();
        Task arrange = task(AnnualReview.TASK_ARRANGE_MEETING, review());
        assertThat(arrange).isAssignedTo(c.caseOfficer());
        assertThat(arrange.getDueDate()).isEqualTo(endOf("2026-03-31"));
        today("2026-01-20");
        complete(arrange, withVariables("meetingDate", meeting, "heldBy", "LOCAL_AUTHORITY", "meetingVenue", "Oakfield Primary School"));
        executeJobs();
    }

    private void adviceCirculated(String on) {
        today(on);
        complete(task(AnnualReview.TASK_CIRCULATE_ADVICE, review()), withVariables("adviceReceivedFrom", "[\"SCHOOL\"]",
                "adviceSummary", "The school reports good progress"));
        executeJobs();
    }

    private void meetingHeldAndReported(String meeting, String reportedOn) {
        fireIn(review(), AnnualReview.TIMER_MEETING_DAY, meeting + "T00:00:00Z");
        today(reportedOn);
        complete(task(AnnualReview.TASK_SEND_REPORT, review()), withVariables("meetingAttendees", "Parent, SENCO, case officer",
                "reviewReport", "Amara is making good progress", "recommendation", "MAINTAIN"));
        executeJobs();
    }

    private void reviewedOn(String meeting) {
        planIssued("2014-05-02", "2025-03-31");
        meetingArrangedFor(meeting);
        adviceCirculated("2026-02-20");
        meetingHeldAndReported(meeting, "2026-03-20");
    }

    private void ceaseNoticeSentOn(String on) {
        reviewedOn("2026-03-10");
        today("2026-03-20");
        complete(task(AnnualReview.TASK_DECIDE, review()), withVariables("reviewDecision", "CEASE",
                "decisionReasons", "Needs are now met from the school's resources", "ceaseReason", "NEEDS_MET"));
        executeJobs();
        assertThat(last(RecipientRole.SCHOOL).subject()).startsWith("We are considering ceasing");
        today(on);
        complete(task(AnnualReview.TASK_CONSULT_ON_CEASING, review()), withVariables("parentViewsOnCeasing", "Agree",
                "schoolViewsOnCeasing", "Agree", "ceaseDecision", "CEASE"));
        executeJobs();
    }

    private void appealAgainstCeasingRegistered(String sentToLocalAuthority, String tribunalReference) {
        today(sentToLocalAuthority);
        appeals.register(c.reference(), new NewAppeal(AppealableDecision.CEASE, tribunalReference,
                LocalDate.parse(sentToLocalAuthority), LocalDate.of(2026, 9, 15)));
        executeJobs();
    }

    // --- helpers

    private ProcessInstance ceaseAppeal() {
        ProcessInstance appeal = runtimeService().createProcessInstanceQuery().processDefinitionKey(TribunalAppeals.PROCESS)
                .processInstanceBusinessKey(c.reference()).variableValueEquals("appealableDecision", "CEASE").singleResult();
        assertThat(appeal).as("the appeal journey watching the decision to cease").isNotNull();
        return appeal;
    }

    private void register(String dateOfBirth) {
        c = new CaseRecord("T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                new CaseRecord.Child("Amara", "Okafor", LocalDate.parse(dateOfBirth), null),
                new CaseRecord.Parent("Grace Okafor", "grace.okafor@example.org", null),
                new CaseRecord.School("Oakfield Primary School", "100001", "senco@oakfield.example.org"),
                "officer1", "PLAN_MAINTAINED", null, null, Instant.now());
        cases.insert(c);
    }

    private ProcessInstance annualReview() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReview.PROCESS)
                .processInstanceBusinessKey(c.reference()).singleResult();
    }

    private long reviewsRunning() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReview.REVIEW_PROCESS)
                .processInstanceBusinessKey(c.reference()).count();
    }

    private ProcessInstance review() {
        ProcessInstance review = runtimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReview.REVIEW_PROCESS)
                .processInstanceBusinessKey(c.reference()).singleResult();
        assertThat(review).as("a running review").isNotNull();
        return review;
    }

    private Task managersRecoveryTask() {
        return taskService().createTaskQuery().processDefinitionKey("deadline-breach").processInstanceBusinessKey(c.reference())
                .taskCandidateGroup("send-managers").singleResult();
    }

    private void executeJobs() {
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
    }

    private Date timer(String activityId) {
        return timerIn(annualReviewOrReview(activityId), activityId);
    }

    private ProcessInstance annualReviewOrReview(String activityId) {
        return managementService().createJobQuery().timers().processInstanceId(annual.getId()).activityId(activityId).count() > 0
                ? annual : review();
    }

    private Date timerIn(ProcessInstance instance, String activityId) {
        return timerJob(instance, activityId).getDuedate();
    }

    private Job timerJob(ProcessInstance instance, String activityId) {
        return TestTimers.job(managementService(), instance, activityId);
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
