package org.ehcflow.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code ensureJobDueDateNotNull} (application.yaml) the job executor looks only for jobs due by now, and a job
 * with no due date is never due. Jobs written by an earlier version without one (asynchronous steps) are given the
 * moment the engine starts, before its job executor runs, so none is left behind.
 */
@Component
class JobDueDates extends AbstractCamundaConfiguration {

    private final JdbcClient jdbc;

    JobDueDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        String jobs = engine.getManagementService().getTableName(JobEntity.class);
        jdbc.sql("update " + jobs + " set DUEDATE_ = :now where DUEDATE_ is null").param("now", ClockUtil.getCurrentTime()).update();
    }
}
