package org.ehcflow.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ehcflow.access.CaseTables;
import org.ehcflow.deadline.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Each night, every closed case whose retention has passed is removed with its engine history (ADR 0017), each in
 * a transaction of its own: a case that cannot be removed is counted ({@code ehcflow_cases_removal_failed_total},
 * an alert in docs/ops), logged and tried again the next night, and does not hold back the others.
 */
@Component
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    /** Bounds a night's work; a backlog (a council's first run) is worked through over the following nights. */
    private static final int MOST_PER_RUN = 2_000;

    private final ClosedCases closedCases;
    private final CaseRemoval removal;
    private final CaseTables caseTables;
    private final RetentionProperties retention;
    private final Counter removed;
    private final Counter notRemoved;

    Retention(ClosedCases closedCases, CaseRemoval removal, CaseTables caseTables, RetentionProperties retention,
              MeterRegistry meters) {
        this.closedCases = closedCases;
        this.removal = removal;
        this.caseTables = caseTables;
        this.retention = retention;
        this.removed = Counter.builder("ehcflow.cases.removed")
                .description("Closed cases removed with their engine history once their retention passed")
                .register(meters);
        this.notRemoved = Counter.builder("ehcflow.cases.removal.failed")
                .description("Closed cases past their retention that could not be removed (tried again each night)")
                .register(meters);
    }

    /** At half past one in London, inside the engine's history cleanup window ({@code ehcflow.retention.cron}). */
    @Scheduled(cron = "${ehcflow.retention.cron:0 30 1 * * *}", zone = "Europe/London")
    public void nightly() {
        List<CaseRemoval.Removal> done = run();
        if (!done.isEmpty()) {
            LOG.info("Retention removed {} closed cases", done.size());
        }
    }

    /** Removes every closed case past its retention today (on the engine's clock); what it removed. */
    public List<CaseRemoval.Removal> run() {
        LocalDate today = Today.inLondon();
        List<CaseRemoval.Removal> done = new ArrayList<>();
        LocalDate closedBefore = today.minusYears(retention.closedCaseYears());
        LocalDate bornBefore = today.minusYears((long) retention.keepUntilAge() + retention.closedCaseYears());
        List<ClosedCases.ClosedCase> due = closedCases.closedBefore(closedBefore, bornBefore, MOST_PER_RUN);
        List<String> tables = due.isEmpty() ? List.of() : caseTables.inRemovalOrder();
        for (ClosedCases.ClosedCase closed : due) {
            try {
                removal.removeIfDue(closed.reference(), today, tables).ifPresent(done::add);
            } catch (RuntimeException e) {
                notRemoved.increment();
                LOG.error("Retention could not remove case {}; it is tried again at the next run", closed.reference(), e);
            }
        }
        removed.increment(done.size());
        return done;
    }
}
