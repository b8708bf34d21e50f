package org.ehcflow.system;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The service's PostgreSQL connections run with PostgreSQL's JIT compiler off ({@code jit=off}, set when each
 * connection opens). PostgreSQL compiles a query when the planner's cost estimate passes {@code jit_above_cost}, and
 * the estimates of Camunda's authorization-checked queries and of the job executor's look for due jobs pass it by
 * far: measured at Birmingham's scale, a count of the jobs due through {@code /engine-rest} took 850 ms of compiling
 * for 14 ms of work, and compiling took a quarter of the job executor's time in the database while an import's jobs
 * ran. None of the service's queries runs long enough to repay the compiling.
 */
final class PostgresSessions {

    private PostgresSessions() {
    }

    /**
     * For a pool of a PostgreSQL database that is not yet open, unless the council's configuration gives the
     * connections' options itself (in the URL or as a property of the data source).
     */
    static void withoutJit(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains("options=")
                && !pool.getDataSourceProperties().containsKey("options")) {
            pool.addDataSourceProperty("options", "-c jit=off");
        }
    }
}
