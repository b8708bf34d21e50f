package org.ehcflow;

import org.junit.jupiter.api.Assumptions;

/**
 * Browser and PostgreSQL tests need a server the build cannot bring. Locally they are skipped, with the reason,
 * when it is missing; in CI (CI=true, or -Dehcflow.require-external-test-servers=true) a missing server fails.
 */
public final class ExternalTestServers {

    private ExternalTestServers() {
    }

    public static void require(boolean available, String what, String howToGetIt) {
        if (available) {
            return;
        }
        String message = what + " is not available: " + howToGetIt;
        if ("true".equalsIgnoreCase(System.getenv("CI"))
                || Boolean.getBoolean("ehcflow.require-external-test-servers")) {
            throw new IllegalStateException(message + " (CI must run this test, not skip it)");
        }
        Assumptions.abort(message + "; skipped on this machine");
    }
}
