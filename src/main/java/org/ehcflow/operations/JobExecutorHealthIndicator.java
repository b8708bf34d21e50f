package org.ehcflow.operations;

import java.time.Duration;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health {@code jobExecutor}: DOWN when this node's job executor is not running, or when a due job has waited longer
 * than {@code ehcflow.operations.job-backlog-limit} (10 minutes): letters, warnings and breach escalations are that
 * late, whether the executors are stopped, starved of connections or swamped. Replaces Camunda's indicator of the
 * same name, which says only whether the executor runs (and is absent when it is switched off).
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngineConfigurationImpl engine;
    private final EngineWork engineWork;
    private final Duration limit;

    JobExecutorHealthIndicator(ProcessEngineConfigurationImpl engine, EngineWork engineWork,
                               @Value("${ehcflow.operations.job-backlog-limit:10m}") Duration limit) {
        super("The job backlog could not be read");
        this.engine = engine;
        this.engineWork = engineWork;
        this.limit = limit;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean running = engine.getJobExecutor().isActive();
        EngineWork.Waiting waiting = engineWork.due();
        (running && waiting.oldestWaited().compareTo(limit) <= 0 ? health.up() : health.down())
                .withDetail("running", running)
                .withDetail("jobsDue", waiting.jobs())
                .withDetail("oldestWaitedSeconds", waiting.oldestWaited().toSeconds())
                .withDetail("backlogLimitSeconds", limit.toSeconds());
    }
}
