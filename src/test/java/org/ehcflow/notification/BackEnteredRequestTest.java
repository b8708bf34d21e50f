package org.ehcflow.notification;

import static org.assertj.core.api.Assertions.*;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A request entered from the post after its dates passed: its people hear of the breaches, not of days gone as "due soon". */
@EhcFlowIntegrationTest
class BackEnteredRequestTest {

    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;

    @Test
    void noWarningIsSentForAClockAlreadyPast() {
        CaseRecord c = TestCases.register(cases, "officer1");
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", "2026-01-05"));
        CaseJobs.runDue(runtime, management, c.reference());

        assertThat(subjects(c)).as("the 6-week decision was due on 16 February 2026")
                .anyMatch(subject -> subject.startsWith("MISSED"))
                .noneMatch(subject -> subject.startsWith("Due soon"));
    }

    private java.util.List<String> subjects(CaseRecord c) {
        return jdbc.sql("select subject from notification where case_reference = :reference")
                .param("reference", c.reference()).query(String.class).list();
    }
}
