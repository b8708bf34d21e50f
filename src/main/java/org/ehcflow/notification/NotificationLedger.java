package org.ehcflow.notification;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.ehcflow.system.DatabaseSessions;
import org.ehcflow.system.EmbeddedFileWrites;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Where notifications are written, committed whatever becomes of the job that writes them (ADR 0002). It has a
 * connection pool of its own, on the same database: a job thread holding a connection of the main pool takes a
 * second one from here, and what holds a ledger connection never waits for anything else, so neither pool can be
 * starved by the other (ADR 0008). Not a DataSource bean, so Spring Boot's own DataSource is left as configured.
 */
@Component
class NotificationLedger implements DisposableBean {

    /** One statement at a time per holder: a few connections serve every job thread without waiting long. */
    static final int POOL_SIZE = 4;

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    NotificationLedger(DataSourceProperties database) {
        this.dataSource = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        dataSource.setPoolName("notification-ledger");
        dataSource.setMaximumPoolSize(POOL_SIZE);
        dataSource.setMinimumIdle(0);
        DatabaseSessions.configure(dataSource);
        // What is written here decides whether a message goes out, so it is in the file before anything is sent
        DataSource written = EmbeddedFileWrites.writtenWhenClosed(dataSource, dataSource.getJdbcUrl(), false);
        this.jdbc = JdbcClient.create(written);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(written));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    <T> T commit(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    void commit(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
