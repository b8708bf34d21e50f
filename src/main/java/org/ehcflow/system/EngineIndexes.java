package org.ehcflow.system;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes Camunda's schema lacks, added once the engine has created its tables (ADR 0014).
 * <ul>
 * <li>The job executor looks for jobs due by now ({@code DUEDATE_ <= now}, every job having a due date:
 * {@link JobDueDates}) that no live lock holds, each time it has run a few. Without an index on the due date H2 and
 * PostgreSQL read every job of the council (thousands of timers months ahead) for each look, and for each the jobs
 * locked in its journey: on H2 a fifth of the service's time in the council-scale benchmark, on PostgreSQL 5 to 7 ms
 * a look (2 ms with these indexes, 0.1 ms when nothing is due).</li>
 * <li>H2 only: reading an execution's variables asks for {@code EXECUTION_ID_ = ? and TASK_ID_ is null}; with only
 * single-column indexes H2 chose the one on TASK_ID_, and so read every process variable of the council for each
 * journey step (a year's simulation at Birmingham's scale spent most of its time there). PostgreSQL plans by its
 * statistics and does not.</li>
 * <li>Completing or deleting a task asks for its subtasks ({@code PARENT_TASK_ID_ = ?}), and Camunda has no index
 * there: every task an officer completed read every open task of the council (13,000 at Birmingham's scale; 1.3 ms
 * of PostgreSQL's time each, more on H2).</li>
 * <li>H2 only: a query for a case's journeys ({@code processInstanceBusinessKey}: an appeal joining its watch, a
 * change of the case's details, Cockpit's search) asks for {@code BUSINESS_KEY_ = ? and PARENT_ID_ is null}. H2
 * takes {@code is null} for a selective equality and chose the index on PARENT_ID_, reading every journey of the
 * council (24,000 at Birmingham's scale, about 40 ms a query) rather than the case's few; with both columns in one
 * index it reads the case's ({@code EngineIndexesAtScaleTest}). PostgreSQL counts the nulls in its statistics and
 * does not.</li>
 * </ul>
 * Nodes of a cluster starting together take turns (an advisory lock), so that neither fails on the other's index.
 */
@Component
class EngineIndexes extends AbstractCamundaConfiguration {

    private final CamundaBpmProperties camunda;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    EngineIndexes(CamundaBpmProperties camunda, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.camunda = camunda;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        String prefix = camunda.getDatabase().getTablePrefix() == null ? "" : camunda.getDatabase().getTablePrefix();
        if ("h2".equals(database)) {
            onH2(prefix).forEach(this::create);
        } else if ("postgres".equals(database)) {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('ehcflow-engine-indexes'))").query((row, n) -> n).list();
                create("EHC_IDX_JOB_DUEDATE on " + prefix + "ACT_RU_JOB (DUEDATE_)");
                create("EHC_IDX_JOB_LOCKED on " + prefix + "ACT_RU_JOB (LOCK_EXP_TIME_) where LOCK_OWNER_ is not null");
                create("EHC_IDX_TASK_PARENT on " + prefix + "ACT_RU_TASK (PARENT_TASK_ID_)");
            });
        }
    }

    /** H2 names an index within a schema; PostgreSQL puts it in its table's and refuses a schema in its name. */
    static List<String> onH2(String prefix) {
        return List.of(prefix + "EHC_IDX_VARIABLE_EXECUTION on " + prefix + "ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)",
                prefix + "EHC_IDX_JOB_DUEDATE on " + prefix + "ACT_RU_JOB (DUEDATE_)",
                prefix + "EHC_IDX_TASK_PARENT on " + prefix + "ACT_RU_TASK (PARENT_TASK_ID_)",
                prefix + "EHC_IDX_EXEC_BUSKEY_PARENT on " + prefix + "ACT_RU_EXECUTION (BUSINESS_KEY_, PARENT_ID_)");
    }

    private void create(String index) {
        jdbc.sql("create index if not exists " + index).update();
    }
}
