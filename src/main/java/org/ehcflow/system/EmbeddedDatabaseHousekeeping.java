package org.ehcflow.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Does for the embedded H2 file what H2's own background housekeeping does when writes are delayed (ADR 0014). The
 * file is written with WRITE_DELAY=0, so that every commit is on disk before it is acknowledged; then H2 never
 * rewrites the live pages left in old parts of the file, and the file grew by every page every commit touched. Four
 * times a second this rewrites a bounded amount of those live pages (H2's {@code MVStore.compact}, the call its
 * background thread makes), so the old parts fall empty and their space is written again. On any other database it
 * does nothing.
 */
@Configuration
@EnableScheduling
class EmbeddedDatabaseHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseHousekeeping.class);
    /** H2's background housekeeping aims at this fill rate too. */
    private static final int TARGET_FILL_PERCENT = 90;
    /**
     * H2 holds its store lock while it rewrites, and every commit waits for that lock: 32 MB once a second held it
     * for about half a second each time (58 s of a 4-minute council-scale run, measured); 4 MB four times a second
     * holds it for about 50 ms (35 s in all). Less rewriting leaves the running file larger (ADR 0014).
     */
    private static final int MOST_BYTES_REWRITTEN = 4 << 20;

    private final DataSource dataSource;
    private volatile Boolean embedded;

    EmbeddedDatabaseHousekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT0.25S")
    void rewriteSparseChunks() {
        // It commits nothing of its own, so its connection need not wait for H2 to write what others committed
        EmbeddedFileWrites.writtenLater(this::rewrite);
    }

    private void rewrite() {
        if (Boolean.FALSE.equals(embedded)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            // Only a database in this process has a store here; an H2 server's (tcp:) is left alone for good, so
            // that this borrows no connection every quarter second, which kept Hikari from testing and dropping
            // the dead ones while that server was down (ServiceHealthIT)
            MVStore store = connection.isWrapperFor(JdbcConnection.class) ? mvStore(connection.unwrap(JdbcConnection.class)) : null;
            embedded = store != null;
            if (store != null && !store.isClosed() && store.getFileStore() != null) {
                store.compact(TARGET_FILL_PERCENT, MOST_BYTES_REWRITTEN);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The embedded database's housekeeping failed this time ({}); it runs again in a second", e.toString());
        }
    }

    private static MVStore mvStore(JdbcConnection connection) {
        if (connection.getSession() instanceof SessionLocal session && session.getDatabase().getStore() != null) {
            return session.getDatabase().getStore().getMvStore();
        }
        return null;
    }
}
