package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.ehcflow.PostgresApplication;
import org.ehcflow.deadline.Today;
import org.ehcflow.review.PlanImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of EHC Flow on one PostgreSQL database, as a council runs it for resilience: 2,000 plans whose reviews are
 * overdue, so that each review starts as its plan is brought in and 2,000 "review meeting overdue" timers are due at the
 * same moment. Both nodes' job executors run them and the reminders before them; each timer fires once: one
 * "Arrange the review meeting" task, one breach recorded and one breach handed to the managers per plan, and both
 * nodes did part of the work.
 */
class TwoNodesPostgresTest {

    static final int PLANS = 2_000;
    static final Duration SETTLE_LIMIT = Duration.ofMinutes(8);

    @BeforeEach
    void needsPostgres() {
        PostgresApplication.require();
    }

    @Test
    void everyTimerDueAtTheSameMomentFiresOnceAcrossTwoNodes() throws Exception {
        String schema = PostgresApplication.newSchema();
        try (ConfigurableApplicationContext first = node(schema, "first");
             ConfigurableApplicationContext second = node(schema, "second")) {
            first.getBean(PlanImport.class).importCsv(overduePlans());
            settle(first.getBean(ManagementService.class));

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            String engine = schema + ".";
            assertThat(perCase(jdbc, "select e.BUSINESS_KEY_, count(*) from " + engine + "ACT_HI_ACTINST a join " + engine
                    + "ACT_HI_PROCINST e on e.ID_ = a.PROC_INST_ID_ where a.ACT_ID_ = 'Timer_ReviewMeetingBreached'"
                    + " and a.END_TIME_ is not null group by e.BUSINESS_KEY_"))
                    .as("the 'review meeting overdue' timer fired once per plan").hasSize(PLANS).containsOnly(1L);
            assertThat(openTasksPerCase(jdbc, schema, "Task_ArrangeMeeting"))
                    .as("one 'Arrange the review meeting' task per plan").hasSize(PLANS).containsOnly(1L);
            assertThat(perCase(jdbc, "select case_reference, count(*) from deadline where deadline_key = 'REVIEW_MEETING'"
                    + " and status = 'BREACHED' group by case_reference"))
                    .as("one breach of the review's 12 months per plan").hasSize(PLANS).containsOnly(1L);
            assertThat(openTasksPerCase(jdbc, schema, "Task_PlanRecovery"))
                    .as("one breach handed to the managers per plan").hasSize(PLANS).containsOnly(1L);
            assertThat(jobsRunBy(first, "first")).as("jobs the first node ran").isPositive();
            assertThat(jobsRunBy(second, "second")).as("jobs the second node ran").isPositive();
        }
    }

    private static ConfigurableApplicationContext node(String schema, String name) {
        ConfigurableApplicationContext node = PostgresApplication.start(schema, "camunda.bpm.job-execution.enabled=true");
        configuration(node).getDbMetricsReporter().setReporterId(name);
        assertThat(configuration(node).getJobExecutor().getClass().getEnclosingClass()).as("the paced job executor")
                .isEqualTo(PacedJobExecutor.class);
        return node;
    }

    /** Issued 400 days ago and never reviewed: the review was due 35 days ago, its warning 70 days before that. */
    private static String overduePlans() {
        LocalDate issued = Today.inLondon().minusDays(400);
        StringJoiner csv = new StringJoiner("\n", "", "\n");
        csv.add("case_reference,child_given_name,child_family_name,child_date_of_birth,plan_issued,parent_name,case_officer");
        for (int i = 0; i < PLANS; i++) {
            csv.add("NODES-%05d,Child%d,Twonodes,2015-%02d-%02d,%s,Parent %d,officer%d".formatted(i, i, 1 + i % 12,
                    1 + i % 28, issued, i, 1 + i % 3));
        }
        return csv.toString();
    }

    /**
     * Until no job is due, nor waiting to be tried again after a failure (such as two nodes colliding on one journey),
     * for five seconds running.
     */
    private static void settle(ManagementService management) throws InterruptedException {
        long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
        int quiet = 0;
        while (quiet < 5 && System.nanoTime() < limit) {
            boolean idle = management.createJobQuery().executable().count() == 0
                    && management.createJobQuery().withException().count() == 0;
            quiet = idle ? quiet + 1 : 0;
            Thread.sleep(1000);
        }
        assertThat(management.createJobQuery().executable().count()).as("jobs still due").isZero();
        assertThat(management.createJobQuery().withException().count()).as("jobs that failed").isZero();
    }

    private static List<Long> openTasksPerCase(JdbcClient jdbc, String schema, String taskDefinitionKey) {
        return jdbc.sql("select e.BUSINESS_KEY_, count(*) from " + schema + ".ACT_RU_TASK t join " + schema
                        + ".ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ where t.TASK_DEF_KEY_ = :key group by e.BUSINESS_KEY_")
                .param("key", taskDefinitionKey).query((rs, row) -> rs.getLong(2)).list();
    }

    private static List<Long> perCase(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query((rs, row) -> rs.getLong(2)).list();
    }

    private static long jobsRunBy(ConfigurableApplicationContext node, String name) {
        configuration(node).getDbMetricsReporter().reportNow();
        return node.getBean(ManagementService.class).createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).reporter(name).sum();
    }

    private static ProcessEngineConfigurationImpl configuration(ConfigurableApplicationContext node) {
        return (ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration();
    }
}
