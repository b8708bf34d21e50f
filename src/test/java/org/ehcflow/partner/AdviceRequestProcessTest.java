package org.ehcflow.partner;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
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
 * bpmn/advice-request.bpmn, every path. Medical advice requested on Monday 2 March 2026 is due on Monday
 * 13 April 2026 (2 March + 42 days); the reminder fires at 00:00 on Monday 6 April (7 days before; BST, so
 * 5 April 23:00 UTC) and the breach at 00:00 on Tuesday 14 April (13 April 23:00 UTC).
 */
@EhcFlowIntegrationTest
class AdviceRequestProcessTest {

    static final Instant REMINDER = Instant.parse("2026-04-05T23:00:00Z");
    static final Instant BREACH = Instant.parse("2026-04-13T23:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 4, 13);

    @Autowired ProcessEngine engine;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired NotificationService notifications;

    CaseRecord c;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:30:00Z")));
        c = TestCases.register(cases, "officer2");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void adviceProvidedInTimeMeetsTheDeadlineAndTellsTheOfficer() {
        ProcessInstance pi = requestMedicalAdvice();
        assertThat(pi).isWaitingAt("Task_SendAdviceRequest");
        execute(job(pi));

        assertThat(pi).isWaitingAt("Task_ProvideAdvice");
        assertThat(task(pi)).hasCandidateGroup("health-advisers").isNotAssigned();
        assertThat(task(pi).getDueDate()).isEqualTo(Instant.parse("2026-04-13T22:59:59.999999999Z").truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(timer("Timer_AdviceDueSoon", pi).getDuedate()).isEqualTo(Date.from(REMINDER));
        assertThat(timer("Timer_AdviceOverdue", pi).getDuedate()).isEqualTo(Date.from(BREACH));
        assertThat(sentTo(RecipientRole.HEALTH)).singleElement().satisfies(n -> {
            assertThat(n.recipientAddress()).isEqualTo("icb-send@ehcflow.invalid");
            assertThat(n.subject()).contains("medical advice", c.reference());
            assertThat(n.body()).contains("by 13 April 2026", "Amara Test");
        });

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-01T10:00:00Z")));
        complete(task(pi), withVariables("adviceReceivedOn", "2026-04-01", "adviceDocument", "EDRMS/4711",
                "adviceAuthor", "Dr N. Patel, community paediatrician"));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_AdviceReceived").variables().containsEntry("adviceOutcome", "RECEIVED");
        assertThat(deadline()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.MET);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(d.dueDate()).isEqualTo(DUE);
        });
        assertThat(sentTo(RecipientRole.OFFICER)).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("EDRMS/4711"));
    }

    @Test
    void aWeekBeforeTheDueDateTheAdviserIsReminded() {
        ProcessInstance pi = adviceRequestSent();

        fire("Timer_AdviceDueSoon", REMINDER, pi);
        assertThat(pi).isWaitingAt("Task_RemindAdviser", "Task_ProvideAdvice");
        execute(job("Task_RemindAdviser", pi));

        assertThat(pi).isWaitingAt("Task_ProvideAdvice").hasPassed("EndEvent_AdviserReminded");
        assertThat(sentTo(RecipientRole.HEALTH)).hasSize(2)
                .last().satisfies(n -> assertThat(n.subject()).startsWith("Reminder").contains("13 April 2026"));
        assertThat(deadline().status()).isEqualTo(Deadline.Status.OPEN);
    }

    @Test
    void overdueAdviceIsMarkedBreachedChasedAndStillAccepted() {
        ProcessInstance pi = adviceRequestSent();

        fire("Timer_AdviceOverdue", BREACH, pi);
        assertThat(deadline().status()).isEqualTo(Deadline.Status.BREACHED);
        execute(job("Task_TellOfAdviceOverdue", pi));

        assertThat(sentTo(RecipientRole.OFFICER)).singleElement()
                .satisfies(n -> assertThat(n.subject()).startsWith("OVERDUE"));
        assertThat(sentTo(RecipientRole.MANAGER)).extracting(Notification::recipientAddress)
                .containsExactly("manager1@ehcflow.invalid");
        assertThat(task("Task_ChaseOverdueAdvice", pi)).isAssignedTo("officer2");

        complete(task("Task_ChaseOverdueAdvice", pi), withVariables("chaseOutcome", "CHASED"));
        assertThat(pi).hasPassed("EndEvent_AdviceChased").isWaitingAt("Task_ProvideAdvice");

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-20T10:00:00Z")));
        complete(task("Task_ProvideAdvice", pi), withVariables("adviceReceivedOn", "2026-04-20",
                "adviceDocument", "EDRMS/4712", "adviceAuthor", "Dr N. Patel"));
        execute(job(pi));
        assertThat(pi).isEnded().variables().containsEntry("adviceOutcome", "RECEIVED");
        assertThat(deadline()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deadline.Status.BREACHED);
            assertThat(d.metOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        });
    }

    @Test
    void waivedAdviceWithdrawsTheRequestAndEndsTheAdvisersTask() {
        ProcessInstance pi = adviceRequestSent();
        fire("Timer_AdviceOverdue", BREACH, pi);
        execute(job("Task_TellOfAdviceOverdue", pi));

        complete(task("Task_ChaseOverdueAdvice", pi), withVariables("chaseOutcome", "WAIVE",
                "waiveReason", "Paediatric service cannot see the child before the plan decision"));
        execute(job("Task_TellAdviserAdviceWaived", pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_AdviceWaived").variables()
                .containsEntry("adviceOutcome", "WAIVED")
                .containsEntry("waiveReason", "Paediatric service cannot see the child before the plan decision");
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(sentTo(RecipientRole.HEALTH)).last()
                .satisfies(n -> assertThat(n.subject()).startsWith("Advice request withdrawn"));
        assertThat(deadline().status()).isEqualTo(Deadline.Status.BREACHED);
        assertThat(jdbc.sql("select waived_on from deadline where id = :id").param("id", deadline().id())
                .query(LocalDate.class).single()).as("the partners report counts it as waived")
                .isEqualTo(org.ehcflow.deadline.Today.inLondon());
    }

    @Test
    void eachKindOfAdviceGoesToItsOwnPartnerGroupOnItsOwnClock() {
        for (AdviceKind kind : AdviceKind.ALWAYS_SOUGHT) {
            ProcessInstance pi = runtimeService().startProcessInstanceByKey("advice-request", c.reference(),
                    Map.of("adviceKind", kind.name(), "adviceRequestedOn", "2026-03-02"));
            execute(job(pi));
            assertThat(task("Task_ProvideAdvice", pi)).hasCandidateGroup(kind.group());
        }
        assertThat(deadlines.forCase(c.reference())).extracting(Deadline::key).containsExactlyInAnyOrder(
                DeadlineKey.ADVICE_EDUCATIONAL, DeadlineKey.ADVICE_MEDICAL, DeadlineKey.ADVICE_PSYCHOLOGICAL,
                DeadlineKey.ADVICE_SOCIAL_CARE);
        assertThat(notifications.forCase(c.reference())).extracting(Notification::recipientAddress)
                .containsExactlyInAnyOrder("senco@oakfield.example.org", "icb-send@ehcflow.invalid",
                        "ep-service@ehcflow.invalid", "social-care@ehcflow.invalid");
    }

    private ProcessInstance requestMedicalAdvice() {
        return runtimeService().startProcessInstanceByKey("advice-request", c.reference(),
                Map.of("adviceKind", "MEDICAL", "adviceRequestedOn", "2026-03-02"));
    }

    private ProcessInstance adviceRequestSent() {
        ProcessInstance pi = requestMedicalAdvice();
        execute(job("Task_SendAdviceRequest", pi));
        return pi;
    }

    /** Moves the engine's clock to the timer's due moment and fires it. */
    private void fire(String timerId, Instant dueMoment, ProcessInstance pi) {
        assertThat(timer(timerId, pi).getDuedate()).isEqualTo(Date.from(dueMoment));
        ClockUtil.setCurrentTime(Date.from(dueMoment));
        execute(timer(timerId, pi));
    }

    private Job timer(String activityId, ProcessInstance pi) {
        Job timer = managementService().createJobQuery().timers().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        return timer;
    }

    private Deadline deadline() {
        return deadlines.forCase(c.reference()).stream().filter(d -> d.key() == DeadlineKey.ADVICE_MEDICAL)
                .findFirst().orElseThrow();
    }

    private List<Notification> sentTo(RecipientRole role) {
        return notifications.forCase(c.reference()).stream().filter(n -> n.recipientRole() == role).toList();
    }
}
