package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The acquisition asks for what the job threads have room for, and waits while they have room for less than half a batch. */
class PacedJobExecutorTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger running = new AtomicInteger();
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private PacedJobExecutor.PacedStrategy strategy;

    @BeforeEach
    void poolOfFourThreadsAndAQueueOfFour() {
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(4);
        pool.setQueueCapacity(4);
        pool.initialize();
        SpringJobExecutor executor = new SpringJobExecutor();
        executor.setMaxJobsPerAcquisition(8);
        strategy = new PacedJobExecutor.PacedStrategy(executor, new PacedJobExecutor.PoolRoom(pool));
    }

    @AfterEach
    void releaseTheJobs() {
        release.countDown();
        pool.shutdown();
    }

    @Test
    void anIdlePoolIsAskedForAWholeBatch() {
        assertThat(strategy.getNumJobsToAcquire("default")).isEqualTo(8);
        assertThat(strategy.getWaitTime()).isZero();
    }

    @Test
    void aPoolLeftUnboundedIsAskedForAWholeBatch() {
        ThreadPoolTaskExecutor unbounded = new ThreadPoolTaskExecutor();
        unbounded.initialize();
        try {
            SpringJobExecutor executor = new SpringJobExecutor();
            executor.setMaxJobsPerAcquisition(8);
            PacedJobExecutor.PacedStrategy paced = new PacedJobExecutor.PacedStrategy(executor, new PacedJobExecutor.PoolRoom(unbounded));
            assertThat(paced.getNumJobsToAcquire("default")).isEqualTo(8);
            assertThat(paced.getWaitTime()).isZero();
        } finally {
            unbounded.shutdown();
        }
    }

    @Test
    void aPoolWithRoomForHalfABatchOrMoreIsAskedForNoMoreThanItHasRoomFor() throws InterruptedException {
        busy(3);
        assertThat(strategy.getNumJobsToAcquire("default")).as("2 more threads and 3 places in the queue").isEqualTo(5);
        assertThat(strategy.getWaitTime()).isZero();
    }

    @Test
    void aPoolWithRoomForLessThanHalfABatchIsAskedForNoneUntilAMomentHasPassed() throws InterruptedException {
        busy(5);
        assertThat(strategy.getNumJobsToAcquire("default")).isZero();
        assertThat(strategy.getWaitTime()).isEqualTo(PacedJobExecutor.BUSY_WAIT_MILLIS);
    }

    /**
     * Two core threads take the first two jobs, the queue the next four. It waits until those two jobs run, not until
     * the pool calls its threads active: a thread just created counts as active, then for a moment not, before its job
     * starts, and a count read in that moment made this test fail on a busy machine.
     */
    private void busy(int jobs) throws InterruptedException {
        for (int i = 0; i < jobs; i++) {
            pool.execute(() -> {
                running.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        while (running.get() < Math.min(jobs, 2)) {
            Thread.sleep(5);
        }
    }
}
