package org.ehcflow.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the work that gives cases to officers (registration, import, spreading a caseload) across threads and
 * nodes: the caller's transaction locks one row, so the next one counts caseloads and looks for the same child only
 * after this one has committed. Held on the caller's own connection, so a waiter never needs a second one.
 */
@Component
public class AllocationLock {

    private final JdbcClient jdbc;

    AllocationLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final int REGISTRATIONS_AND_MOVES = 1;
    private static final int IMPORTS = 2;

    /** Waits for the lock of registrations and moves; it is released when the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold() {
        lock(REGISTRATIONS_AND_MOVES);
    }

    /**
     * Waits until no other import runs. An import counts caseloads once, at its start, and does not hold up the
     * registrations made while it runs (it takes a minute for a council's plans).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdForImport() {
        lock(IMPORTS);
    }

    private void lock(int row) {
        jdbc.sql("select id from allocation_lock where id = :row for update").param("row", row).query(Integer.class).single();
    }
}
