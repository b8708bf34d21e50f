package org.ehcflow.system;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The service's connections to the embedded H2 file are replaced every half minute. H2 keeps the plan of each
 * statement a connection has run and uses it for as long as the connection lives; a plan made while a table was
 * small (a new council's first minutes, an import's first batch) can read a whole index where the primary key finds
 * one row: measured, a clock marked breached by its id read every open clock of the council (6 ms rather than a
 * fraction of one at 20,000 clocks). A new connection plans again, from the statistics H2 keeps up to date as tables
 * grow. Opening an embedded connection costs well under a millisecond.
 */
final class EmbeddedSessions {

    /** Hikari's shortest. */
    static final Duration PLANS_KEPT_FOR = Duration.ofSeconds(30);

    private EmbeddedSessions() {
    }

    /** For a pool of the embedded database that is not yet open. */
    static void replannedEveryHalfMinute(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:h2:")) {
            pool.setMaxLifetime(PLANS_KEPT_FOR.toMillis());
            // Nothing to keep alive or retire early in the same process; Hikari warns of either outliving the connection
            pool.setKeepaliveTime(0);
            pool.setIdleTimeout(0);
        }
    }
}
