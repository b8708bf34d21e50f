package org.ehcflow.deadline;

import java.util.EnumMap;
import java.util.Map;

import org.ehcflow.system.AfterCommit;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts, by deadline key, the clocks found missed and the warnings sent before a clock runs out
 * ({@code ehcflow_deadlines_breached_total}, {@code ehcflow_deadline_warnings_total}). Every key is present from the
 * start at 0, so that the first breach of a kind is an increase an alert can see. Counted once committed; each node
 * counts what it recorded, so a cluster's figure is the sum over its nodes.
 */
@Component
public class DeadlineCounters {

    private final Map<DeadlineKey, Counter> breaches = new EnumMap<>(DeadlineKey.class);
    private final Map<DeadlineKey, Counter> warnings = new EnumMap<>(DeadlineKey.class);

    DeadlineCounters(MeterRegistry registry) {
        for (DeadlineKey key : DeadlineKey.values()) {
            breaches.put(key, Counter.builder("ehcflow.deadlines.breached")
                    .description("Statutory clocks found missed (done late or still not done after the due date)")
                    .tag("key", key.name()).register(registry));
            warnings.put(key, Counter.builder("ehcflow.deadline.warnings")
                    .description("Warnings sent that a statutory clock falls due soon")
                    .tag("key", key.name()).register(registry));
        }
    }

    void breached(DeadlineKey key) {
        AfterCommit.run(breaches.get(key)::increment);
    }

    public void warned(DeadlineKey key) {
        AfterCommit.run(warnings.get(key)::increment);
    }
}
