package org.ehcflow.system;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.BackoffJobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Camunda's job executor, set up as the Spring Boot starter sets it up (camunda.bpm.job-execution.*), except that it
 * looks for due jobs only when its pool has room for at least half a batch of them. Camunda's own acquisition looks
 * again at once whenever its pool took any job, so with thousands of jobs due (a council's import) it looked about
 * 7,000 times to run 21,000 jobs, three at a time, and each look reads every due job to order them by priority
 * (ADR 0014). Its looks and its jobs' steps are the only work whose commits may wait for the embedded file's next
 * write ({@link EmbeddedFileWrites#writtenLater}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
class PacedJobExecutor {

    /** How long the acquisition waits while the pool has room for less than half a batch: a few jobs' time. */
    static final long BUSY_WAIT_MILLIS = 25;

    @Bean
    static JobExecutor jobExecutor(@Qualifier("camundaTaskExecutor") TaskExecutor taskExecutor, CamundaBpmProperties properties) {
        if (!(taskExecutor instanceof ThreadPoolTaskExecutor pool)) {
            throw new IllegalStateException("camundaTaskExecutor must be a ThreadPoolTaskExecutor, to be paced by its room");
        }
        SpringJobExecutor executor = new SpringJobExecutor() {
            @Override
            protected void ensureInitialization() {
                super.ensureInitialization();
                acquireJobsRunnable = new SequentialJobAcquisitionRunnable(this) {
                    @Override
                    protected JobAcquisitionStrategy initializeAcquisitionStrategy() {
                        return new PacedStrategy(jobExecutor, new PoolRoom(pool));
                    }

                    @Override
                    public synchronized void run() {
                        EmbeddedFileWrites.writtenLater(super::run);
                    }
                };
            }

            @Override
            public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
                Runnable jobs = super.getExecuteJobsRunnable(jobIds, processEngine);
                return () -> EmbeddedFileWrites.writtenLater(jobs);
            }
        };
        executor.setTaskExecutor(pool);
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        JobExecutionProperty settings = properties.getJobExecution();
        Optional.ofNullable(settings.getLockTimeInMillis()).ifPresent(executor::setLockTimeInMillis);
        Optional.ofNullable(settings.getMaxJobsPerAcquisition()).ifPresent(executor::setMaxJobsPerAcquisition);
        Optional.ofNullable(settings.getWaitTimeInMillis()).ifPresent(executor::setWaitTimeInMillis);
        Optional.ofNullable(settings.getMaxWait()).ifPresent(executor::setMaxWait);
        Optional.ofNullable(settings.getBackoffTimeInMillis()).ifPresent(executor::setBackoffTimeInMillis);
        Optional.ofNullable(settings.getMaxBackoff()).ifPresent(executor::setMaxBackoff);
        Optional.ofNullable(settings.getBackoffDecreaseThreshold()).ifPresent(executor::setBackoffDecreaseThreshold);
        Optional.ofNullable(settings.getWaitIncreaseFactor()).ifPresent(executor::setWaitIncreaseFactor);
        return executor;
    }

    /**
     * How many more jobs the pool takes now without refusing one: idle threads up to its maximum, and queue room
     * (counted in longs: a pool left unbounded has Integer.MAX_VALUE of each, whose sum an int would turn negative).
     */
    record PoolRoom(ThreadPoolTaskExecutor pool) {
        int now() {
            long threads = Math.max(0L, (long) pool.getMaxPoolSize() - pool.getActiveCount());
            long queue = Math.max(0L, (long) pool.getQueueCapacity() - pool.getQueueSize());
            return (int) Math.min(Integer.MAX_VALUE, threads + queue);
        }
    }

    /**
     * Camunda's backoff strategy, asking for no more jobs than the pool has room for, and for none (then waiting a
     * moment) while it has room for less than half a batch.
     */
    static class PacedStrategy extends BackoffJobAcquisitionStrategy {

        private final PoolRoom room;

        PacedStrategy(JobExecutor executor, PoolRoom room) {
            super(executor);
            this.room = room;
        }

        private boolean busy() {
            return room.now() < (baseNumJobsToAcquire + 1) / 2;
        }

        @Override
        public int getNumJobsToAcquire(String processEngine) {
            return busy() ? 0 : Math.min(super.getNumJobsToAcquire(processEngine), room.now());
        }

        @Override
        public long getWaitTime() {
            long wait = super.getWaitTime();
            return busy() ? Math.max(wait, BUSY_WAIT_MILLIS) : wait;
        }
    }
}
