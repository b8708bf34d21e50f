package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.ehcflow.EngineOnlyApplication;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.review.AnnualReview;
import org.ehcflow.review.ExistingPlan;
import org.ehcflow.review.ExistingPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * EHC Flow's history level (ADR 0014): the journeys, steps, tasks and each variable's latest value are kept; a row
 * per variable change and per job are not. A database an earlier version wrote at "full" starts at the new level.
 */
class CaseHistoryLevelTest {

    @TempDir
    Path data;

    @Test
    void aDatabaseWrittenAtFullStartsAtTheCaseLevelAndKeepsWhatItHad() {
        String reference;
        try (ConfigurableApplicationContext before = EngineOnlyApplication.startOnEmbeddedDefault(data,
                "camunda.bpm.history-level=full")) {
            reference = journeyWithAVariableSetTwiceAndItsJobsRun(before);
            assertThat(before.getBean(HistoryService.class).createHistoricDetailQuery().count()).isPositive();
        }
        try (ConfigurableApplicationContext after = EngineOnlyApplication.startOnEmbeddedDefault(data)) {
            assertThat(historyLevel(after)).isEqualTo(CaseHistoryLevel.NAME);
            assertThat(after.getBean(JdbcClient.class).sql("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")
                    .query(String.class).single()).isEqualTo(Integer.toString(CaseHistoryLevel.ID));
            HistoryService history = after.getBean(HistoryService.class);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .processDefinitionKey(AnnualReview.PROCESS).count()).isOne();
        }
    }

    @Test
    void journeysStepsAndLatestValuesAreKeptButNotEveryChangeOrJob() {
        try (ConfigurableApplicationContext app = EngineOnlyApplication.startOnEmbeddedDefault(data)) {
            assertThat(historyLevel(app)).isEqualTo(CaseHistoryLevel.NAME);
            String reference = journeyWithAVariableSetTwiceAndItsJobsRun(app);
            HistoryService history = app.getBean(HistoryService.class);
            String journey = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .processDefinitionKey(AnnualReview.PROCESS).singleResult().getId();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(journey).count()).isPositive();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName("note")
                    .singleResult().getValue()).isEqualTo("second");
            assertThat(history.createHistoricDetailQuery().count()).isZero();
            assertThat(history.createHistoricJobLogQuery().count()).isZero();
        }
    }

    /** An existing plan's annual review (a journey with timers), a variable set twice, and its due jobs run. */
    private static String journeyWithAVariableSetTwiceAndItsJobsRun(ConfigurableApplicationContext app) {
        String reference = TestCases.register(app.getBean(CaseRepository.class), "officer1").reference();
        app.getBean(ExistingPlans.class).bringIn(reference, new ExistingPlan(Today.inLondon().minusYears(2), null, null));
        RuntimeService runtime = app.getBean(RuntimeService.class);
        String journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(AnnualReview.PROCESS).singleResult().getId();
        runtime.setVariable(journey, "note", "first");
        runtime.setVariable(journey, "note", "second");
        ManagementService management = app.getBean(ManagementService.class);
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
        return reference;
    }

    private static String historyLevel(ConfigurableApplicationContext app) {
        return ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getHistoryLevel().getName();
    }
}
