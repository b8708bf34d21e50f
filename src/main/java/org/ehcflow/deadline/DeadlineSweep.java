package org.ehcflow.deadline;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.system.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The net under every clock's timer: each night, a council clock still open after its due date is marked breached
 * and handed to the managers, as its timer would have. A timer watches only while its step is under way, so a clock
 * that runs from an earlier moment (the review decision's 4 weeks run from the meeting, its timer from the decision
 * step, after the report) could otherwise pass unseen while an earlier step is late. Each clock is handed over once
 * (DeadlineRepository.markEscalated), whether the sweep or the timer finds it first, on one node or two.
 */
@Component
@EnableScheduling
public class DeadlineSweep {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweep.class);
    private static final int MOST_PER_SWEEP = 5_000;
    private static final List<String> NEVER_SWEPT = DeadlineKey.neverMissedWhileOpen();

    private final DeadlineRepository deadlines;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;
    private final TransactionTemplate transactions;

    DeadlineSweep(DeadlineRepository deadlines, RuntimeService runtime, EngineAsSystem engine,
                  PlatformTransactionManager transactionManager) {
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.engine = engine;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * At ten past midnight in London, after the timers due at midnight ({@code ehcflow.deadlines.sweep-cron}; "-" for
     * never: the process tests move the engine's clock, and a simulation sweeps each of its own mornings).
     */
    @Scheduled(cron = "${ehcflow.deadlines.sweep-cron:0 10 0 * * *}", zone = "Europe/London")
    public void nightly() {
        int found = sweep();
        if (found > 0) {
            LOG.warn("{} clocks were past their due date with no breach recorded: marked breached and handed to the managers", found);
        }
    }

    /** Marks and hands over every council clock still open after its due date; how many it found. */
    public int sweep() {
        LocalDate today = Today.inLondon();
        List<Deadline> missed = deadlines.openPastDue(today, NEVER_SWEPT, MOST_PER_SWEEP);
        missed.forEach(deadline -> transactions.executeWithoutResult(status -> handOver(deadline)));
        return missed.size();
    }

    private void handOver(Deadline deadline) {
        deadlines.markBreached(deadline);
        engine.run(() -> ProcessDeadlines.handOverOnce(deadlines, runtime, deadline));
    }
}
