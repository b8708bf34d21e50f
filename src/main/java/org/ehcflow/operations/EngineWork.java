package org.ehcflow.operations;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.system.EngineTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's outstanding work, counted in its tables (with the engine's table prefix, as a schema of its own on
 * PostgreSQL may have): jobs due and waiting, jobs whose retries ran out, open incidents.
 */
@Component
class EngineWork {

    /** Jobs due, runnable (retries left, not suspended) and run by no node; the longest any of them has waited. */
    record Waiting(long jobs, Duration oldestWaited) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngineConfigurationImpl engine;

    EngineWork(DataSource dataSource, ProcessEngineConfigurationImpl engine) {
        this.jdbc = JdbcClient.create(OperationsQueries.template(dataSource));
        this.engine = engine;
    }

    /**
     * One query, through the index on the due date (ADR 0014 point 5); "now" is the engine's clock. A job has waited
     * since it fell due or, if it was made after that, since it was made: a council's plans import makes thousands
     * of timers whose dates passed months ago (reviews already overdue), and they have waited no longer than the
     * import. Jobs made before Camunda recorded when (no CREATE_TIME_) count from their due date.
     */
    Waiting due() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return jdbc.sql("""
                        select count(*), min(case when CREATE_TIME_ > DUEDATE_ then CREATE_TIME_ else DUEDATE_ end)
                        from %s
                        where DUEDATE_ <= :now and RETRIES_ > 0 and SUSPENSION_STATE_ = 1
                          and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < :now)""".formatted(EngineTables.named(engine, "ACT_RU_JOB")))
                .param("now", Timestamp.from(now))
                .query((rs, row) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Waiting(rs.getLong(1), oldest == null ? Duration.ZERO
                            : Duration.between(oldest.toInstant(), now));
                })
                .single();
    }

    long failedJobs() {
        return jdbc.sql("select count(*) from " + EngineTables.named(engine, "ACT_RU_JOB") + " where RETRIES_ = 0").query(Long.class).single();
    }

    long openIncidents() {
        return jdbc.sql("select count(*) from " + EngineTables.named(engine, "ACT_RU_INCIDENT")).query(Long.class).single();
    }
}
