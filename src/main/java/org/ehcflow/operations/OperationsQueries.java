package org.ehcflow.operations;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queries of health checks and gauges give up after a few seconds: a probe must answer while the database is
 * slow, and the gauges share the scheduler with the embedded database's housekeeping.
 */
final class OperationsQueries {

    static final int TIMEOUT_SECONDS = 5;

    private OperationsQueries() {
    }

    static JdbcTemplate template(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setQueryTimeout(TIMEOUT_SECONDS);
        return template;
    }
}
