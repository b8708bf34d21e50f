package org.ehcflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.ehcflow.EngineOnlyApplication;
import org.ehcflow.assessment.NeedsAssessment;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRegistration;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.deadline.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the job executor's backlog has waited (readiness goes DOWN past 10 minutes), on a database of its own so
 * that no other test's jobs count: a job made today that fell due long before (a timer of a plan imported with its
 * review already overdue) has waited only since it was made.
 */
class EngineWorkTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aJobHasWaitedSinceItFellDueOrSinceItWasMadeWhicheverIsLater() {
        // At midday, far from the engine's history cleanup window (01:00 to 05:00): its job would be due within the
        // minutes this test moves the clock on, and it counts as waiting too.
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 11, 12, 0, 0, 0, StatutoryCalendar.LONDON).toInstant()));
        try (ConfigurableApplicationContext fresh = EngineOnlyApplication.start()) {
            RuntimeService runtime = fresh.getBean(RuntimeService.class);
            ManagementService management = fresh.getBean(ManagementService.class);
            EngineWork work = fresh.getBean(EngineWork.class);
            LocalDate today = Today.inLondon();
            CaseRecord c = fresh.getBean(CaseRegistration.class).register(new NewCase(
                    new NewCase.Child("Yusuf", "Backlog", LocalDate.of(2017, 4, 1), null), today,
                    CaseRecord.Requester.PARENT, new NewCase.Parent("Leyla Backlog", null, null), null)).caseRecord();
            String journey = runtime.startProcessInstanceByKey(NeedsAssessment.PROCESS, c.reference(),
                    Map.of("requestReceived", today.toString())).getId();
            List<Job> jobs = management.createJobQuery().processInstanceId(journey).list();
            Instant made = ClockUtil.getCurrentTime().toInstant();

            dueAt(management, jobs, made.minus(Duration.ofDays(300)));
            assertThat(work.due().jobs()).isPositive();
            assertThat(work.due().oldestWaited()).as("due 300 days before it was made")
                    .isLessThan(Duration.ofMinutes(1));

            ClockUtil.setCurrentTime(Date.from(made.plus(Duration.ofMinutes(11))));
            assertThat(work.due().oldestWaited()).as("11 minutes after it was made")
                    .isBetween(Duration.ofMinutes(10), Duration.ofMinutes(12));

            dueAt(management, jobs, made.plus(Duration.ofMinutes(5)));
            assertThat(work.due().oldestWaited()).as("due 5 minutes after it was made, 6 minutes ago")
                    .isBetween(Duration.ofMinutes(5), Duration.ofMinutes(7));
        }
    }

    private static void dueAt(ManagementService management, List<Job> jobs, Instant due) {
        jobs.forEach(job -> management.setJobDuedate(job.getId(), Date.from(due)));
    }
}
