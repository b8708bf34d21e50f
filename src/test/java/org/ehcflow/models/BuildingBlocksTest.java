package org.ehcflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.TestClock;
import org.ehcflow.TestTimers;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clock added with the element templates alone: the model below is what Camunda Modeler saves after the templates
 * are applied (the blocks' properties and no expression). Worked by hand: a request received on Monday 5 January 2026
 * has ASSESSMENT_DECISION on Monday 16 February 2026 (6 weeks), its warning at 00:00 on 9 February (a week before)
 * and its breach at 00:00 on 17 February (GMT).
 */
@EhcFlowIntegrationTest
class BuildingBlocksTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired CaseRepository cases;
    @Autowired DeadlineRepository deadlines;
    @Autowired NotificationService notifications;
    @Autowired ModelValidation validation;
    final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTheTestJourney() {
        ClockUtil.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey("blocks-test").list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test over", true));
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void aClockItsWarningItsBreachAndANoticeAddedWithTheTemplatesAloneRunOnTheHandWorkedDates() throws Exception {
        String deploymentId = repository.createDeployment().name("blocks").addString("bpmn/blocks-test.bpmn",
                model("ASSESSMENT_DECISION", "request-being-considered", "PARENT, OFFICER")).deploy().getId();
        deployments.add(deploymentId);
        try (InputStream stored = repository.getResourceAsStream(deploymentId, "bpmn/blocks-test.bpmn")) {
            assertThat(new String(stored.readAllBytes(), StandardCharsets.UTF_8)).as("stored completed")
                    .contains("${deadlines.open(execution, 'ASSESSMENT_DECISION', requestReceived)}",
                            "${deadlines.breachAt(execution, 'ASSESSMENT_DECISION')}",
                            "${notify.send(execution, 'request-being-considered', 'PARENT,OFFICER')}");
        }
        TestClock.today("2026-01-05");
        CaseRecord c = TestCases.register(cases, "officer1");
        ProcessInstance pi = runtime.startProcessInstanceByKey("blocks-test", c.reference(), Map.of("requestReceived", "2026-01-05"));

        Deadline clock = deadlines.findLatest(c.reference(), DeadlineKey.ASSESSMENT_DECISION).orElseThrow();
        assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(TestTimers.job(management, pi, "Timer_Warning").getDuedate()).isEqualTo(TestClock.at("2026-02-09T00:00:00Z"));
        assertThat(TestTimers.job(management, pi, "Timer_Breach").getDuedate()).isEqualTo(TestClock.at("2026-02-17T00:00:00Z"));

        TestTimers.fire(management, pi, "Timer_Warning", "2026-02-09T00:00:00Z");
        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(notifications.forCase(c.reference())).anySatisfy(n -> {
            assertThat(n.recipientRole()).isEqualTo(RecipientRole.OFFICER);
            assertThat(n.subject()).contains("16 February 2026");
        });

        TestClock.today("2026-02-12");
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.ASSESSMENT_DECISION).orElseThrow().status())
                .isEqualTo(Deadline.Status.MET);
        assertThat(notifications.forCase(c.reference())).anySatisfy(n -> {
            assertThat(n.recipientRole()).isEqualTo(RecipientRole.PARENT);
            assertThat(n.subject()).startsWith("Your request for an EHC needs assessment");
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aBreachMarksTheClockAndHandsItToTheManagers() {
        deployments.add(repository.createDeployment().name("blocks").addString("bpmn/blocks-test.bpmn",
                model("ASSESSMENT_DECISION", "request-being-considered", "PARENT")).deploy().getId());
        TestClock.today("2026-01-05");
        CaseRecord c = TestCases.register(cases, "officer1");
        ProcessInstance pi = runtime.startProcessInstanceByKey("blocks-test", c.reference(), Map.of("requestReceived", "2026-01-05"));

        TestTimers.fire(management, pi, "Timer_Breach", "2026-02-17T00:00:00Z");
        CaseJobs.runDue(runtime, management, c.reference());

        assertThat(deadlines.findLatest(c.reference(), DeadlineKey.ASSESSMENT_DECISION).orElseThrow().status())
                .isEqualTo(Deadline.Status.BREACHED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("deadline-breach")
                .processInstanceBusinessKey(c.reference()).count()).as("handed to the managers").isOne();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown clock         | FINAL_PLN           | request-being-considered | PARENT       | 'FINAL_PLN' is not a deadline key
            an unknown notice        | ASSESSMENT_DECISION | no-such-letter           | PARENT       | 'no-such-letter' is not a notice template
            an unknown recipient     | ASSESSMENT_DECISION | request-being-considered | PARENT,NANNY | are not recipients
            """)
    void aWrongChoiceIsRefusedNamingTheElementAndNothingIsDeployed(String what, String clock, String notice,
                                                                  String recipients, String rule) {
        List<ModelRules.Violation> violations = new ArrayList<>();
        BuildingBlocks.Expansion expansion = BuildingBlocks.expand("bpmn/blocks-test.bpmn",
                model(clock, notice, recipients).getBytes(StandardCharsets.UTF_8));
        violations.addAll(expansion.violations());
        assertThat(violations).as(what).anySatisfy(v -> assertThat(v.rule()).contains(rule));
    }

    @Test
    void aTimerBlockOnATaskIsRefusedSayingWhereItFits() {
        String misplaced = model("ASSESSMENT_DECISION", "request-being-considered", "PARENT")
                .replace("<bpmn:userTask id=\"Task_Decide\" name=\"Decide\">", "<bpmn:userTask id=\"Task_Decide\" name=\"Decide\">"
                        + "<bpmn:extensionElements><camunda:properties><camunda:property name=\"ehcflow.block\" value=\"deadline-breach\" />"
                        + "<camunda:property name=\"ehcflow.clock\" value=\"FINAL_PLAN\" /></camunda:properties></bpmn:extensionElements>");
        assertThat(BuildingBlocks.expand("bpmn/blocks-test.bpmn", misplaced.getBytes(StandardCharsets.UTF_8)).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.element()).isEqualTo("Task_Decide");
                    assertThat(v.rule()).contains("a timer event");
                });
    }

    @Test
    void aModelWithoutBlocksIsDeployedByteForByte() {
        byte[] plain = "<definitions/>".getBytes(StandardCharsets.UTF_8);
        assertThat(BuildingBlocks.expand("bpmn/plain.bpmn", plain).content()).isSameAs(plain);
    }

    /** As the Modeler saves it: each element carries its template's id and the block's choices, nothing more. */
    static String model(String clock, String notice, String recipients) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Blocks" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="blocks-test" name="Blocks" isExecutable="true" camunda:historyTimeToLive="P14610D" camunda:isStartableInTasklist="false">
                    <bpmn:startEvent id="StartEvent_Received"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:intermediateThrowEvent id="Event_ClockStarted" name="Clock started" camunda:modelerTemplate="org.ehcflow.start-clock">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="ehcflow.block" value="start-clock" /><camunda:property name="ehcflow.clock" value="%1$s" /><camunda:property name="ehcflow.from" value="requestReceived" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                    </bpmn:intermediateThrowEvent>
                    <bpmn:userTask id="Task_Decide" name="Decide">
                      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:intermediateThrowEvent id="Event_Met" name="Decided in time" camunda:modelerTemplate="org.ehcflow.mark-met">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="ehcflow.block" value="mark-met" /><camunda:property name="ehcflow.clock" value="%1$s" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing>
                    </bpmn:intermediateThrowEvent>
                    <bpmn:serviceTask id="Task_Tell" name="Tell the family" camunda:modelerTemplate="org.ehcflow.notify">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="ehcflow.block" value="notify" /><camunda:property name="ehcflow.notice" value="%2$s" /><camunda:property name="ehcflow.recipients" value="%3$s" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:incoming>Flow_4</bpmn:incoming><bpmn:outgoing>Flow_5</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_5</bpmn:incoming></bpmn:endEvent>
                    <bpmn:boundaryEvent id="Timer_Warning" name="Due soon" attachedToRef="Task_Decide" camunda:modelerTemplate="org.ehcflow.deadline-warning">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="ehcflow.block" value="deadline-warning" /><camunda:property name="ehcflow.clock" value="%1$s" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:outgoing>Flow_W</bpmn:outgoing><bpmn:timerEventDefinition id="TimerEventDefinition_W" />
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_Warn" name="Warn" camunda:modelerTemplate="org.ehcflow.warn-due-soon">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="ehcflow.block" value="warn-due-soon" /><camunda:property name="ehcflow.clock" value="%1$s" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:incoming>Flow_W</bpmn:incoming><bpmn:outgoing>Flow_W2</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_Warned"><bpmn:incoming>Flow_W2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:boundaryEvent id="Timer_Breach" name="Missed" attachedToRef="Task_Decide" camunda:modelerTemplate="org.ehcflow.deadline-breach">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="ehcflow.block" value="deadline-breach" /><camunda:property name="ehcflow.clock" value="%1$s" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:outgoing>Flow_B</bpmn:outgoing><bpmn:timerEventDefinition id="TimerEventDefinition_B" />
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_Escalate" name="Hand to the managers" camunda:modelerTemplate="org.ehcflow.escalate-breach">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="ehcflow.block" value="escalate-breach" /><camunda:property name="ehcflow.clock" value="%1$s" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:incoming>Flow_B</bpmn:incoming><bpmn:outgoing>Flow_B2</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_Escalated"><bpmn:incoming>Flow_B2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Received" targetRef="Event_ClockStarted" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Event_ClockStarted" targetRef="Task_Decide" />
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Decide" targetRef="Event_Met" />
                    <bpmn:sequenceFlow id="Flow_4" sourceRef="Event_Met" targetRef="Task_Tell" />
                    <bpmn:sequenceFlow id="Flow_5" sourceRef="Task_Tell" targetRef="EndEvent_Done" />
                    <bpmn:sequenceFlow id="Flow_W" sourceRef="Timer_Warning" targetRef="Task_Warn" />
                    <bpmn:sequenceFlow id="Flow_W2" sourceRef="Task_Warn" targetRef="EndEvent_Warned" />
                    <bpmn:sequenceFlow id="Flow_B" sourceRef="Timer_Breach" targetRef="Task_Escalate" />
                    <bpmn:sequenceFlow id="Flow_B2" sourceRef="Task_Escalate" targetRef="EndEvent_Escalated" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(clock, notice, recipients);
    }
}
