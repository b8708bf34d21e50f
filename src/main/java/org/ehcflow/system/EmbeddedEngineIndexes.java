package org.ehcflow.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's H2 schema lacks, added once the engine has created its tables. PostgreSQL plans by its
 * statistics and needs neither (ADR 0014).
 * <ul>
 * <li>Reading an execution's variables asks for {@code EXECUTION_ID_ = ? and TASK_ID_ is null}; with only
 * single-column indexes H2 chose the one on TASK_ID_, and so read every process variable of the council for each
 * journey step (a year's simulation at Birmingham's scale spent most of its time there).</li>
 * <li>The job executor looks for jobs due by now, each time it has run a few; with every job given a due date
 * ({@link JobDueDates}) an index on it reads only those, where H2 read every job of the council (thousands of timers
 * months ahead) for each look: a fifth of the service's time in the council-scale benchmark.</li>
 * </ul>
 */
@Component
class EmbeddedEngineIndexes extends AbstractCamundaConfiguration {

    private final CamundaBpmProperties camunda;
    private final JdbcClient jdbc;

    EmbeddedEngineIndexes(CamundaBpmProperties camunda, JdbcClient jdbc) {
        this.camunda = camunda;
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        String prefix = camunda.getDatabase().getTablePrefix() == null ? "" : camunda.getDatabase().getTablePrefix();
        jdbc.sql("create index if not exists " + prefix + "EHC_IDX_VARIABLE_EXECUTION on " + prefix
                + "ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)").update();
        jdbc.sql("create index if not exists " + prefix + "EHC_IDX_JOB_DUEDATE on " + prefix + "ACT_RU_JOB (DUEDATE_)").update();
    }
}
