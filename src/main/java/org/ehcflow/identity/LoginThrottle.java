package org.ehcflow.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per client address, so that guessing passwords is slowed where it comes from and nobody can
 * lock someone else's account: Camunda's own permanent lock after failed attempts is off (loginMaxAttempts), and
 * only its short per-account delay, which expires by itself, remains. Held in memory, per node: a restart forgets.
 * Time is the engine's clock, so a test can spread attempts over minutes.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MOST_ADDRESSES_HELD = 10_000;

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant pausedUntil = Instant.MIN;
    }

    private final LoginThrottleProperties properties;
    private final Map<String, Attempts> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties properties) {
        this.properties = properties;
    }

    /** How long the address must still wait, if it is paused. */
    public Optional<Duration> waitFor(String address) {
        Attempts attempts = byAddress.get(address);
        if (attempts == null) {
            return Optional.empty();
        }
        synchronized (attempts) {
            Duration left = Duration.between(now(), attempts.pausedUntil);
            return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
        }
    }

    public void failed(String address, String user) {
        Instant now = now();
        if (byAddress.size() >= MOST_ADDRESSES_HELD) {
            forgetQuietAddresses(now);
        }
        Attempts attempts = byAddress.computeIfAbsent(address, a -> new Attempts());
        synchronized (attempts) {
            attempts.failures.addLast(now);
            while (!attempts.failures.isEmpty() && attempts.failures.peekFirst().isBefore(now.minus(properties.window()))) {
                attempts.failures.removeFirst();
            }
            if (attempts.failures.size() >= properties.failures() && !attempts.pausedUntil.isAfter(now)) {
                attempts.pausedUntil = now.plus(properties.pause());
                attempts.failures.clear();
                LOG.warn("Sign-ins from {} paused for {} minutes after {} failures within {} minutes (the last for user"
                        + " '{}'): someone may be guessing passwords", address, properties.pause().toMinutes(),
                        properties.failures(), properties.window().toMinutes(), user);
            }
        }
    }

    public void succeeded(String address) {
        Attempts attempts = byAddress.get(address);
        if (attempts != null) {
            synchronized (attempts) {
                attempts.failures.clear();
            }
        }
    }

    private void forgetQuietAddresses(Instant now) {
        byAddress.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Deque<Instant> failures = entry.getValue().failures;
                return !entry.getValue().pausedUntil.isAfter(now)
                        && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(properties.window())));
            }
        });
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
