package org.ehcflow;

import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * EHC Flow on the PostgreSQL server that EHCFLOW_TEST_POSTGRES_URL (and _USER, _PASSWORD) name, in a schema of its own
 * so that the database can be reused; .ci/run starts the server. Without it, the test is skipped locally and fails in CI.
 */
public final class PostgresApplication {

    public static final String URL = System.getenv("EHCFLOW_TEST_POSTGRES_URL");

    private PostgresApplication() {
    }

    public static void require() {
        ExternalTestServers.require(URL != null && !URL.isBlank(), "PostgreSQL",
                "set EHCFLOW_TEST_POSTGRES_URL, EHCFLOW_TEST_POSTGRES_USER and EHCFLOW_TEST_POSTGRES_PASSWORD"
                        + " to an empty database (.ci/run starts one)");
    }

    public static String newSchema() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static ConfigurableApplicationContext start(String schema, String... settings) {
        return EngineOnlyApplication.start(Stream.concat(Stream.of("spring.profiles.active=demo,postgres",
                "spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username=" + System.getenv().getOrDefault("EHCFLOW_TEST_POSTGRES_USER", "ehcflow"),
                "spring.datasource.password=" + System.getenv().getOrDefault("EHCFLOW_TEST_POSTGRES_PASSWORD", "ehcflow"),
                "spring.flyway.schemas=" + schema, "spring.flyway.create-schemas=true",
                "camunda.bpm.database.schema-name=" + schema, "camunda.bpm.database.table-prefix=" + schema + "."),
                Stream.of(settings)).toArray(String[]::new));
    }
}
