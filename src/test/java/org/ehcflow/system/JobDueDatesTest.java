package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestChildren;
import org.ehcflow.assessment.AssessmentRequests;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.deadline.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every job has a due date, and one written without (by an earlier version) is due when the engine starts. */
@EhcFlowIntegrationTest
class JobDueDatesTest {

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;
    @Autowired JobDueDates jobDueDates;
    @Autowired AssessmentRequests requests;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aJobWithoutADueDateIsGivenTheMomentTheEngineStartsAndIsThenDue() {
        requests.receive(new NewCase(new NewCase.Child("Ada", TestChildren.familyName("Due"), Today.inLondon().minusYears(7), null),
                Today.inLondon(), CaseRecord.Requester.PARENT, new NewCase.Parent("Sam Due", "sam@example.org", null), null));
        assertThat(management.createJobQuery().list()).as("every job is made with a due date")
                .isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
        Job job = management.createJobQuery().list().get(0);
        jdbc.sql("update ACT_RU_JOB set DUEDATE_ = null where ID_ = :id").param("id", job.getId()).update();

        Date started = new Date(ClockUtil.getCurrentTime().getTime() + 60_000);
        ClockUtil.setCurrentTime(started);
        jobDueDates.postProcessEngineBuild(engine);

        Job dated = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(dated.getDuedate()).isEqualTo(started);
        assertThat(management.createJobQuery().jobId(job.getId()).executable().count()).as("due now").isOne();
    }
}
