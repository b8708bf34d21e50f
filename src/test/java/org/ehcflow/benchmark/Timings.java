package org.ehcflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations of repeated calls, in milliseconds: their median, 95th percentile and slowest. */
final class Timings {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    interface Call {
        void run() throws Exception;
    }

    /** Times {@code calls} calls after {@code warmUp} untimed ones. */
    static Timings of(int warmUp, int calls, Call call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        Timings timings = new Timings();
        for (int i = 0; i < calls; i++) {
            timings.time(call);
        }
        return timings;
    }

    void time(Call call) throws Exception {
        long started = System.nanoTime();
        call.run();
        millis.add((System.nanoTime() - started) / 1e6);
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return percentile(100);
    }

    int calls() {
        return millis.size();
    }

    private double percentile(int percent) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)));
    }

    String json() {
        return String.format(Locale.ROOT, "{\"calls\": %d, \"p50Millis\": %.1f, \"p95Millis\": %.1f, \"maxMillis\": %.1f}",
                calls(), p50(), p95(), max());
    }
}
