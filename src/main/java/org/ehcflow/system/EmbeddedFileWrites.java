package org.ehcflow.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * When the embedded H2 file is written. H2 writes the commits of the last half second together (WRITE_DELAY=500 in
 * the URL), so that the import's thousands of job steps do not each write afresh every page they touched (ADR 0014).
 * What anyone outside the service can learn of is written before they learn of it: a connection of the pools
 * wrapped here that ran a statement other than a query, when closed (its transaction over, before any answer or
 * message goes out), waits until every commit made so far is in the file. Only the job executor's own connections
 * do not wait: a kill -9 can undo the last half second of its steps, and their jobs run again when the service
 * starts (ADR 0008). A connection that only read does not wait either: what it read of those steps may be undone
 * and done again, but nothing anyone entered.
 */
public final class EmbeddedFileWrites {

    private static final ThreadLocal<Boolean> JOB_STEP = ThreadLocal.withInitial(() -> false);

    private EmbeddedFileWrites() {
    }

    /** Runs work whose commits may wait for H2's next write: the job executor's, which nobody outside has seen yet. */
    static void writtenLater(Runnable work) {
        boolean outer = JOB_STEP.get();
        JOB_STEP.set(true);
        try {
            work.run();
        } finally {
            JOB_STEP.set(outer);
        }
    }

    /** Whether the work running in this thread is {@link #writtenLater}'s. */
    static boolean inJobStep() {
        return JOB_STEP.get();
    }

    /**
     * The pool itself on any database but an H2 file; for an H2 file, the pool whose connections are written when
     * closed, except those of {@link #writtenLater} work when {@code laterAllowed}. Closing it closes the pool.
     */
    public static DataSource writtenWhenClosed(DataSource pool, String url, boolean laterAllowed) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return pool;
        }
        return new WrittenWhenClosed(pool, laterAllowed);
    }

    private static final class WrittenWhenClosed extends DelegatingDataSource implements AutoCloseable {

        private final boolean laterAllowed;

        WrittenWhenClosed(DataSource pool, boolean laterAllowed) {
            super(pool);
            this.laterAllowed = laterAllowed;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return writtenWhenClosed(super.getConnection(), laterAllowed);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return writtenWhenClosed(super.getConnection(username, password), laterAllowed);
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }

    private static Connection writtenWhenClosed(Connection connection, boolean laterAllowed) {
        return proxy(Connection.class, new WrittenWhenClosedConnection(connection, laterAllowed));
    }

    /** Remembers whether any statement of the connection may have changed data; only then does its close wait. */
    private static final class WrittenWhenClosedConnection implements InvocationHandler {

        private final Connection connection;
        private final boolean laterAllowed;
        private volatile boolean changed;

        WrittenWhenClosedConnection(Connection connection, boolean laterAllowed) {
            this.connection = connection;
            this.laterAllowed = laterAllowed;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                try {
                    if (changed && !(laterAllowed && inJobStep())) {
                        writeAllCommitted(connection);
                    }
                } finally {
                    connection.close();
                }
                return null;
            }
            Object result = EmbeddedFileWrites.invoke(connection, method, arguments);
            if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                return proxy(method.getReturnType(), (statementProxy, statementMethod, statementArguments) -> {
                    boolean query = false;
                    try {
                        Object answer = EmbeddedFileWrites.invoke(statement, statementMethod, statementArguments);
                        query = statementMethod.getName().equals("executeQuery")
                                || statementMethod.getName().equals("execute") && Boolean.TRUE.equals(answer);
                        return answer;
                    } finally {
                        if (statementMethod.getName().startsWith("execute") && !query) {
                            changed = true;
                        }
                    }
                });
            }
            return result;
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(EmbeddedFileWrites.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Returns once every commit made so far is in the file. H2 writes what is not yet written, in this thread; when
     * nothing is left, H2's own writer may still be writing it (it hands pages to threads of its own), and this
     * waits for that under H2's store lock, which its writer holds until it has handed them over.
     */
    static void writeAllCommitted(Connection connection) throws SQLException {
        if (connection.isClosed() || !connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || session.getDatabase().getStore() == null) {
            return;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        if (store.isClosed() || store.getFileStore() == null) {
            return;
        }
        if (store.commit() < 0) {
            store.executeFilestoreOperation(() -> { });
        }
    }
}
