package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ehcflow.EngineOnlyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded H2 file stays near the data it holds while commits run (ADR 0014), and what it holds is intact: 20,000
 * commits as fast as they go, each replacing a row of a few kilobytes and each written before the next (as a
 * request's are, {@link EmbeddedFileWrites}). H2's own housekeeping, which runs because writes are delayed, and its
 * short retention time keep it so.
 */
class EmbeddedFileSizeTest {

    @TempDir
    Path data;

    @Test
    void theFileStaysNearItsDataThroughManyCommits() throws Exception {
        try (ConfigurableApplicationContext app = EngineOnlyApplication.startOnEmbeddedDefault(data)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("create table churn_test (id int primary key, body varchar(5000))").update();
            long before = Files.size(file());
            for (int i = 0; i < 20_000; i++) {
                jdbc.sql("merge into churn_test (id, body) key (id) values (:id, :body)").param("id", i % 500)
                        .param("body", Integer.toString(i).repeat(5000 / 6)).update();
            }
            long grown = Files.size(file());
            Thread.sleep(3000);
            for (int i = 0; i < 500; i++) {
                jdbc.sql("update churn_test set body = :body where id = :id").param("id", i).param("body", "settled").update();
            }
            long after = Files.size(file());

            assertThat(jdbc.sql("select count(*) from churn_test").query(Integer.class).single()).isEqualTo(500);
            // With each commit written, H2's 45 s retention and no housekeeping, the same commits grew the file by
            // 420 MB; with the service's settings by 29 MB (December 2026)
            assertThat(grown - before).as("growth of the file during 20,000 commits to a 2.5 MB table").isLessThan(96L << 20);
            assertThat(after - before).as("growth of the file once they are over").isLessThan(96L << 20);
        }
    }

    private Path file() {
        return data.resolve("ehcflow.mv.db");
    }
}
