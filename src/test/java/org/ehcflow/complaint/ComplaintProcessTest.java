package org.ehcflow.complaint;

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
import org.ehcflow.identity.Groups;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.timeline.CaseTimeline;
import org.ehcflow.timeline.TimelineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/complaint.bpmn, every path, in working days (Monday to Friday, not bank holidays). Received on Thursday
 * 24 December 2026: 25 December, the weekend and the Boxing Day substitute on Monday 28 December do not count, nor
 * 1 January, so a query's 5 working days end on Tuesday 5 January 2027 and a complaint's acknowledgement (3) on
 * Thursday 31 December; its stage 1 response (15) is due on Tuesday 19 January. Answered on Tuesday 12 January, the
 * complainant can escalate for 20 working days, to Tuesday 9 February; escalated on Monday 1 February, the manager's
 * stage 2 response (10) is due on Monday 15 February.
 */
@EhcFlowIntegrationTest
class ComplaintProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired ComplaintLog complaints;
    @Autowired NotificationService notifications;
    @Autowired CaseTimeline timeline;

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
    void aQueryIsAnsweredByTheCaseOfficerWithinFiveWorkingDays() {
        Complaint query = logged(Complaint.Kind.QUERY, "When will the draft plan come?");
        ProcessInstance pi = journey();
        assertThat(deadline(DeadlineKey.QUERY_RESPONSE).dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        Task answer = task("Task_AnswerQuery", pi);
        assertThat(answer).isAssignedTo(c.caseOfficer());
        assertThat(answer.getDueDate()).isEqualTo(endOf("2027-01-05"));
        assertThat(TestTimers.job(managementService(), pi, "Timer_QueryResponseBreached").getDuedate()).isEqualTo(at("2027-01-06T00:00:00Z"));

        today("2027-01-04");
        complete(answer, withVariables("response", "The draft plan will be with you by 20 January."));
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());

        assertThat(pi).isEnded().hasPassed("EndEvent_QueryAnswered");
        assertThat(deadline(DeadlineKey.QUERY_RESPONSE).status()).isEqualTo(Deadline.Status.MET);
        assertThat(complaints.find(c.reference(), query.id())).satisfies(q -> {
            assertThat(q.status()).isEqualTo(Complaint.Status.CLOSED);
            assertThat(q.respondedOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        });
        assertThat(toComplainant()).satisfies(n -> {
            assertThat(n.recipientAddress()).isEqualTo("kim.parent@example.org");
            assertThat(n.body()).contains("by 20 January", "24 December 2026");
        });
    }

    @Test
    void aComplaintIsAcknowledgedThenAnsweredAndClosesWhenNotEscalated() {
        Complaint complaint = logged(Complaint.Kind.COMPLAINT, "Nobody returns my calls");
        ProcessInstance pi = journey();
        assertThat(deadline(DeadlineKey.COMPLAINT_ACK).dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(deadline(DeadlineKey.COMPLAINT_STAGE1).dueDate()).isEqualTo(LocalDate.of(2027, 1, 19));
        Task acknowledge = task("Task_AcknowledgeComplaint", pi);
        assertThat(acknowledge.getDueDate()).isEqualTo(endOf("2026-12-31"));

        today("2026-12-29");
        complete(acknowledge);
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
        assertThat(deadline(DeadlineKey.COMPLAINT_ACK).status()).isEqualTo(Deadline.Status.MET);
        assertThat(toComplainant().body()).contains("19 January 2027");

        today("2027-01-12");
        Task respond = task("Task_RespondStage1", pi);
        assertThat(respond).isAssignedTo(c.caseOfficer());
        assertThat(respond.getDueDate()).isEqualTo(endOf("2027-01-19"));
        complete(respond, withVariables("response", "Your officer will call you every Friday."));
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
        assertThat(toComplainant().body()).contains("every Friday", "stage 2");
        assertThat(complaints.find(c.reference(), complaint.id()).status()).isEqualTo(Complaint.Status.ANSWERED);
        assertThat(pi).isWaitingAt("Gateway_Escalated");
        assertThat(TestTimers.job(managementService(), pi, "Timer_TimeToEscalateOver").getDuedate()).isEqualTo(at("2027-02-10T00:00:00Z"));

        TestTimers.fire(managementService(), pi, "Timer_TimeToEscalateOver", "2027-02-10T00:00:00Z");
        assertThat(pi).isEnded().hasPassed("EndEvent_ClosedAtStage1");
        assertThat(complaints.find(c.reference(), complaint.id()).status()).isEqualTo(Complaint.Status.CLOSED);
    }

    /** The stage 1 response, due Tuesday 19 January 2027, is warned 2 working days before (Friday 15 January). */
    @Test
    void aLateStage1ResponseIsWarnedThenBreachedAndHandedToTheManagers() {
        logged(Complaint.Kind.COMPLAINT, "The plan is late");
        ProcessInstance pi = journey();
        complete(task("Task_AcknowledgeComplaint", pi));
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
        assertThat(TestTimers.job(managementService(), pi, "Timer_Stage1DueSoon").getDuedate()).isEqualTo(at("2027-01-15T00:00:00Z"));

        TestTimers.fire(managementService(), pi, "Timer_Stage1DueSoon", "2027-01-15T00:00:00Z");
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
        assertThat(SentMessages.last(notifications, c.reference(), RecipientRole.MANAGER).subject()).startsWith("Due soon")
                .contains("19 January 2027");

        TestTimers.fire(managementService(), pi, "Timer_Stage1Breached", "2027-01-20T00:00:00Z");
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
        assertThat(deadline(DeadlineKey.COMPLAINT_STAGE1).status()).isEqualTo(Deadline.Status.BREACHED);
        assertThat(taskQuery().processDefinitionKey("deadline-breach").processInstanceBusinessKey(c.reference())
                .taskCandidateGroup(Groups.MANAGERS).count()).isOne();
        assertThat(pi).as("the response is still to be sent").isWaitingAt("Task_RespondStage1");
    }

    @Test
    void anEscalatedComplaintIsAnsweredByAManagerAtStage2() {
        Complaint complaint = logged(Complaint.Kind.COMPLAINT, "The plan is late");
        ProcessInstance pi = journey();
        complete(task("Task_AcknowledgeComplaint", pi));
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());
        today("2027-01-12");
        complete(task("Task_RespondStage1", pi), withVariables("response", "It will be issued by 1 February."));
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());

        today("2027-02-01");
        assertThatThrownBy(() -> complaints.escalate(c.reference(), complaint.id(), LocalDate.of(2027, 1, 11)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("escalatedOn");
        complaints.escalate(c.reference(), complaint.id(), LocalDate.of(2027, 2, 1));

        assertThat(deadline(DeadlineKey.COMPLAINT_STAGE2).dueDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        Task stage2 = task("Task_RespondStage2", pi);
        assertThat(stage2.getAssignee()).isNull();
        assertThat(taskQuery().taskId(stage2.getId()).taskCandidateGroup(Groups.MANAGERS).count()).isOne();
        assertThat(stage2.getDueDate()).isEqualTo(endOf("2027-02-15"));
        today("2027-02-10");
        complete(stage2, withVariables("stage2Response", "We apologise; the plan was issued on 1 February."));
        CaseJobs.runDue(runtimeService(), managementService(), c.reference());

        assertThat(pi).isEnded().hasPassed("EndEvent_ClosedAtStage2");
        assertThat(deadline(DeadlineKey.COMPLAINT_STAGE2).status()).isEqualTo(Deadline.Status.MET);
        assertThat(complaints.find(c.reference(), complaint.id())).satisfies(k -> {
            assertThat(k.status()).isEqualTo(Complaint.Status.CLOSED);
            assertThat(k.escalatedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(k.stage2RespondedOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        });
        assertThat(toComplainant().body()).contains("issued on 1 February", "Ombudsman");
        assertThat(timeline.of(c.reference())).as("in the order it happened")
                .filteredOn(e -> e.kind() != TimelineEntry.Kind.NOTIFICATION && e.kind() != TimelineEntry.Kind.DEADLINE_MET)
                .extracting(TimelineEntry::what).containsSubsequence(
                        "Complaint received: The plan is late",
                        "Query or complaint started",
                        "Acknowledge the complaint",
                        "Complaint answered at stage 1: It will be issued by 1 February.",
                        "Respond to the complaint (stage 1)",
                        "Complaint escalated to stage 2",
                        "Complaint answered at stage 2: We apologise; the plan was issued on 1 February.",
                        "Respond to the complaint (stage 2)");
        assertThat(timeline.of(c.reference())).filteredOn(e -> e.kind() == TimelineEntry.Kind.NOTIFICATION)
                .extracting(TimelineEntry::who).contains("COMPLAINANT: Kim Parent");
    }

    @Test
    void aComplaintWithoutASummaryIsRefusedNamingTheFieldAndStartsNothing() {
        today("2026-12-24");
        c = TestCases.register(cases, "officer2");
        assertThatThrownBy(() -> complaints.log(c.reference(), new Complaint.New(Complaint.Kind.COMPLAINT,
                LocalDate.of(2026, 12, 24), "Kim Parent", null, " ")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("summary"));
        assertThat(complaints.forCase(c.reference())).isEmpty();
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.reference()).count()).isZero();
    }

    private Complaint logged(Complaint.Kind kind, String summary) {
        today("2026-12-24");
        c = TestCases.register(cases, "officer2");
        return complaints.log(c.reference(), new Complaint.New(kind, LocalDate.of(2026, 12, 24), "Kim Parent",
                "kim.parent@example.org", summary));
    }

    private ProcessInstance journey() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(ComplaintLog.PROCESS)
                .processInstanceBusinessKey(c.reference()).singleResult();
    }

    private Notification toComplainant() {
        return SentMessages.last(notifications, c.reference(), RecipientRole.COMPLAINANT);
    }

    private Deadline deadline(DeadlineKey key) {
        return deadlines.findLatest(c.reference(), key).orElseThrow(() -> new AssertionError("no " + key + " clock"));
    }
}
