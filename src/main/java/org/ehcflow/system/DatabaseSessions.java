package org.ehcflow.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What the service sets on each of its connection pools before it opens: {@link PostgresSessions},
 * {@link EmbeddedSessions}; and when the main pool's commits reach an embedded file ({@link EmbeddedFileWrites}).
 */
@Component
public class DatabaseSessions implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            configure(pool);
            return EmbeddedFileWrites.writtenWhenClosed(pool, pool.getJdbcUrl(), true);
        }
        return bean;
    }

    /** For a pool not yet open; each setting applies to its own kind of database only. */
    public static void configure(HikariDataSource pool) {
        PostgresSessions.withoutJit(pool);
        EmbeddedSessions.replannedEveryHalfMinute(pool);
    }
}
