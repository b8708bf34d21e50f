package org.ehcflow.system;

import java.time.Instant;
import java.util.Date;
import static org.assertj.core.api.Assertions.*;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application on a real PostgreSQL server: the same Flyway migrations as on H2, Camunda's tables beside the
 * product's, and a case, its deadline and its notification still there after a restart. The server is given by
 * EHCFLOW_TEST_POSTGRES_URL (and _USER, _PASSWORD); .ci/run starts one.
 */
class PostgresTest {

    @BeforeEach
    void needsPostgres() {
        org.ehcflow.PostgresApplication.require();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void migratesRunsAJourneyStepAndKeepsEverythingAcrossARestart() {
        String schema = org.ehcflow.PostgresApplication.newSchema();
        CaseRecord c;
        String deploymentId;
        try (ConfigurableApplicationContext app = start(schema)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(130000);
            assertThat(jdbc.sql("show jit").query(String.class).single()).as("PostgresSessions").isEqualTo("off");
            assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = :schema"
                    + " and table_name in ('ehc_case', 'deadline', 'notification', 'plan_review', 'act_ru_task')")
                    .param("schema", schema).query(Integer.class).single()).isEqualTo(5);
            assertThat(jdbc.sql("select indexname from pg_indexes where schemaname = :schema and tablename like 'act_ru_%'"
                    + " and indexname like 'ehc_%'").param("schema", schema).query(String.class).list())
                    .as("EngineIndexes: the job executor's look for due jobs reads the due ones and the locked ones only;"
                            + " a completed task's subtasks are found through an index")
                    .containsExactlyInAnyOrder("ehc_idx_job_duedate", "ehc_idx_job_locked", "ehc_idx_task_parent");

            // The advice is asked for on 2 March 2026, and it is that day: its 6 weeks run to 13 April, OPEN.
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
            c = TestCases.register(app.getBean(CaseRepository.class), "officer1");
            RuntimeService runtime = app.getBean(RuntimeService.class);
            ManagementService management = app.getBean(ManagementService.class);
            ProcessInstance pi = runtime.startProcessInstanceByKey("advice-request", c.reference(),
                    Map.of("adviceKind", "MEDICAL", "adviceRequestedOn", "2026-03-02"));
            management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
            deploymentId = app.getBean(RepositoryService.class).createDeploymentQuery().singleResult().getId();
        }

        try (ConfigurableApplicationContext app = start(schema)) {
            assertThat(app.getBean(RepositoryService.class).createDeploymentQuery().list())
                    .as("no new deployment for unchanged models").singleElement()
                    .satisfies(d -> assertThat(d.getId()).isEqualTo(deploymentId));
            assertThat(app.getBean(CaseRepository.class).find(c.reference())).isPresent();
            assertThat(app.getBean(DeadlineRepository.class).forCase(c.reference())).singleElement().satisfies(d -> {
                assertThat(d.key()).isEqualTo(DeadlineKey.ADVICE_MEDICAL);
                assertThat(d.status()).isEqualTo(Deadline.Status.OPEN);
                assertThat(d.dueDate()).hasToString("2026-04-13");
            });
            assertThat(app.getBean(NotificationService.class).forCase(c.reference())).singleElement()
                    .satisfies(n -> assertThat(n.status()).isEqualTo(Notification.Status.RECORDED));
            assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceBusinessKey(c.reference()).count()).isEqualTo(1);
            assertThat(app.getBean(org.ehcflow.caseload.Caseloads.class).team())
                    .as("the team's open tasks, counted in the engine's table under its schema prefix")
                    .anySatisfy(row -> assertThat(row.officer()).isEqualTo("officer1"));
        }
    }

    /** Each test run in a schema of its own, so the database can be reused. */
    private static ConfigurableApplicationContext start(String schema) {
        return org.ehcflow.PostgresApplication.start(schema);
    }
}
