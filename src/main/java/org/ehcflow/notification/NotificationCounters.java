package org.ehcflow.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts each notice's outcome by channel ({@code ehcflow_notifications_total}): sent, failed (to be retried, or an
 * incident once retries run out) or recorded for officers to read. Counted once the ledger has committed it.
 */
@Component
class NotificationCounters {

    private final Map<String, Counter> counters = new HashMap<>();

    NotificationCounters(MeterRegistry registry) {
        for (Notification.Channel channel : Notification.Channel.values()) {
            for (Notification.Status status : outcomes(channel)) {
                counters.put(name(channel, status), Counter.builder("ehcflow.notifications")
                        .description("Notices by channel and outcome")
                        .tag("channel", channel.name()).tag("status", status.name()).register(registry));
            }
        }
    }

    void counted(Notification.Channel channel, Notification.Status status) {
        counters.get(name(channel, status)).increment();
    }

    private static List<Notification.Status> outcomes(Notification.Channel channel) {
        return channel == Notification.Channel.RECORD ? List.of(Notification.Status.RECORDED)
                : List.of(Notification.Status.SENT, Notification.Status.FAILED);
    }

    private static String name(Notification.Channel channel, Notification.Status status) {
        return channel + "/" + status;
    }
}
