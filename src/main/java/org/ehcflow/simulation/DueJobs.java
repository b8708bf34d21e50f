package org.ehcflow.simulation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job executor of a simulation: every job due by the engine's clock, run in case lanes until none is left. A
 * job that fails is retried as the engine retries it, and after its last retry becomes an incident; a job that met
 * another lane's change to the same instance keeps its retries and runs again in the next round.
 */
final class DueJobs {

    private static final Logger LOG = LoggerFactory.getLogger(DueJobs.class);
    private static final int PAGE = 500;
    private static final int MOST_ROUNDS = 1_000;

    private final ManagementService management;
    private final CaseLanes lanes;
    final AtomicLong run = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final Map<String, Integer> failed = new ConcurrentHashMap<>();

    DueJobs(ManagementService management, CaseLanes lanes) {
        this.management = management;
        this.lanes = lanes;
    }

    void runAll() throws InterruptedException {
        for (int round = 0; round < MOST_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().executable().active().listPage(0, PAGE);
            if (due.isEmpty()) {
                return;
            }
            lanes.run(due, Job::getProcessInstanceId, this::execute);
        }
        throw new IllegalStateException("Jobs kept falling due for " + MOST_ROUNDS + " rounds of " + PAGE);
    }

    private void execute(Job job) {
        try {
            management.executeJob(job.getId());
            run.incrementAndGet();
        } catch (OptimisticLockingException metAnotherLane) {
            conflicts.incrementAndGet();
            if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                management.setJobRetries(job.getId(), job.getRetries());
            }
        } catch (RuntimeException failure) {
            String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            if (failed.merge(reason, 1, Integer::sum) == 1) {
                LOG.warn("A job failed: {}", reason);
            }
        }
    }
}
