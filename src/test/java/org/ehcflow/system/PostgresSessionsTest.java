package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/** Which pools PostgresSessions turns PostgreSQL's JIT off for (PostgresTest checks a real session). */
class PostgresSessionsTest {

    @Test
    void aPostgresqlPoolOpensItsSessionsWithoutJit() {
        assertThat(optionsOf(pool("jdbc:postgresql://db.council.example:5432/ehcflow"))).isEqualTo("-c jit=off");
    }

    @Test
    void theEmbeddedDatabaseIsLeftAsItIs() {
        assertThat(optionsOf(pool("jdbc:h2:file:./data/ehcflow"))).isNull();
    }

    @Test
    void optionsTheCouncilGaveAreKept() {
        assertThat(optionsOf(pool("jdbc:postgresql://db/ehcflow?options=-c%20statement_timeout=60000"))).isNull();
        HikariDataSource given = new HikariDataSource();
        given.setJdbcUrl("jdbc:postgresql://db/ehcflow");
        given.addDataSourceProperty("options", "-c work_mem=64MB");
        new DatabaseSessions().postProcessAfterInitialization(given, "dataSource");
        assertThat(optionsOf(given)).isEqualTo("-c work_mem=64MB");
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        new DatabaseSessions().postProcessAfterInitialization(pool, "dataSource");
        return pool;
    }

    private static Object optionsOf(HikariDataSource pool) {
        return pool.getDataSourceProperties().get("options");
    }
}
