package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On H2, an execution's variables, the jobs due, a task's subtasks and a case's journeys are read through indexes of
 * their own, not by a scan.
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

    /** As Camunda's process instance query by business key asks, with a case's journey type and a variable. */
    @Test
    void aCasesJourneysAreFoundByItsReferenceNotAmongEveryJourney() {
        String plan = jdbc.sql("explain select distinct RES.* from ACT_RU_EXECUTION RES inner join ACT_RE_PROCDEF P"
                + " on RES.PROC_DEF_ID_ = P.ID_ where RES.PARENT_ID_ is null and P.KEY_ = 'appeal' and RES.BUSINESS_KEY_ = 'EHC-1'"
                + " and exists (select ID_ from ACT_RU_VARIABLE where NAME_ = 'appealableDecision' and RES.ID_ = EXECUTION_ID_"
                + " and TYPE_ = 'string' and TEXT_ = 'PLAN_CONTENTS')").query(String.class).single();
        assertThat(plan).contains("EHC_IDX_EXEC_BUSKEY_PARENT");
    }
}
