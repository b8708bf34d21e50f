package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On H2, an execution's variables, the jobs due and a task's subtasks are read through indexes of their own, not by a
 * scan (a case's journeys: {@link EngineIndexesAtScaleTest}).
 */
@EhcFlowIntegrationTest
class EngineIndexesTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anExecutionsVariablesAreReadThroughTheirOwnIndex() {
        String plan = jdbc.sql("explain select * from ACT_RU_VARIABLE where EXECUTION_ID_ = 'e' and TASK_ID_ is null")
                .query(String.class).single();
        assertThat(plan).contains("EHC_IDX_VARIABLE_EXECUTION");
    }

    @Test
    void theJobExecutorsLookForDueJobsReadsOnlyTheJobsDue() {
        String plan = jdbc.sql("explain select ID_ from ACT_RU_JOB RES where RES.RETRIES_ > 0 and (RES.DUEDATE_ <= CURRENT_TIMESTAMP)"
                + " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < CURRENT_TIMESTAMP) and RES.SUSPENSION_STATE_ = 1"
                + " order by RES.PRIORITY_ desc").query(String.class).single();
        assertThat(plan).contains("EHC_IDX_JOB_DUEDATE");
    }

    @Test
    void aCompletedTasksSubtasksAreFoundThroughAnIndex() {
        String plan = jdbc.sql("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 't'").query(String.class).single();
        assertThat(plan).contains("EHC_IDX_TASK_PARENT");
    }
}
