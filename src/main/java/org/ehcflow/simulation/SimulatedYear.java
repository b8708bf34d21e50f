package org.ehcflow.simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.appeal.TribunalAppeals;
import org.ehcflow.assessment.AssessmentRequests;
import org.ehcflow.deadline.DeadlineSweep;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.deadline.WorkingDayCalendar;
import org.ehcflow.reporting.Measure;
import org.ehcflow.reporting.Reports;
import org.ehcflow.review.PlanImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A council's year through the real journeys on a simulated clock ({@code --ehcflow.simulate=year}; README
 * "Simulated year"). Day by day from the run-in: the engine's clock is set to the morning, every job due runs and
 * then the nightly sweep of missed clocks ({@link DeadlineSweep}); the day's requests arrive through the same service
 * as {@code POST /api/cases}, the plans held are brought in through the plans import on the first day, appeals
 * arrive through the appeals service, and the workforce works its tasks ({@link Casework}). The day after the year,
 * its figures are read through the reports, printed and written as JSON, and the service stops.
 */
@Component
@Profile(SimulationMode.PROFILE)
class SimulatedYear implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedYear.class);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final SimulationProperties settings;
    private final IdentityService identity;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AssessmentRequests requests;
    private final PlanImport planImport;
    private final TribunalAppeals appeals;
    private final WorkingDayCalendar calendar;
    private final Reports reports;
    private final DeadlineSweep sweep;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;

    SimulatedYear(SimulationProperties settings, IdentityService identity, TaskService tasks, RuntimeService runtime,
                  ManagementService management, AssessmentRequests requests, PlanImport planImport,
                  TribunalAppeals appeals, StatutoryCalendar calendar, Reports reports, DeadlineSweep sweep, JdbcClient jdbc,
                  ObjectMapper json, ConfigurableApplicationContext context) {
        this.sweep = sweep;
        this.settings = settings;
        this.identity = identity;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.requests = requests;
        this.planImport = planImport;
        this.appeals = appeals;
        this.calendar = calendar.workingDays();
        this.reports = reports;
        this.jdbc = jdbc;
        this.json = json;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        SimulationCheck.settings(settings);
        SimulationCheck.inMemory(jdbc);
        long began = System.nanoTime();
        Random random = new Random(settings.seed());
        Workforce workforce = new Workforce(identity, settings.scaled(settings.officers()), settings.scaled(settings.managers()));
        SimulatedFamilies families = new SimulatedFamilies(random);
        CaseLanes lanes = new CaseLanes(runtime, Math.max(1, Runtime.getRuntime().availableProcessors()));
        DueJobs jobs = new DueJobs(management, lanes);
        Casework casework = new Casework(settings, workforce, tasks, identity,
                new TaskAnswers(settings.shares(), random, tasks, calendar), random, lanes);
        TribunalDiary tribunal = new TribunalDiary(appeals, runtime, calendar, random);
        int workingDays = workingDaysOfTheYear();
        Pacer requestPace = new Pacer(settings.scaled(settings.requests()) / (double) workingDays);
        Pacer appealPace = new Pacer(settings.scaled(settings.appeals()) / (double) workingDays);
        long requestsInYear = 0;
        LOG.info("Simulating {} to {} (run-in from {}): {} officers, {} managers", settings.firstDay(), settings.lastDay(),
                settings.start(), workforce.officers.size(), workforce.managers.size());
        try {
            for (LocalDate day = settings.start(); !day.isAfter(settings.lastDay()); day = day.plusDays(1)) {
                morningOf(day);
                jobs.runAll();
                sweep.sweep();
                jobs.runAll();
                if (day.equals(settings.firstDay())) {
                    bringInPlans(families, workforce);
                    jobs.runAll();
                }
                if (calendar.isWorkingDay(day)) {
                    for (int i = requestPace.next(); i > 0; i--) {
                        requests.receive(families.request(day));
                        requestsInYear += day.isBefore(settings.firstDay()) ? 0 : 1;
                    }
                    if (!day.isBefore(settings.firstDay())) {
                        tribunal.appealsArrive(day, appealPace.next());
                    }
                    tribunal.hearingDatesSent(day);
                    jobs.runAll();
                    casework.workDay(day);
                    jobs.runAll();
                }
                if (day.getDayOfMonth() == 1) {
                    LOG.info("{}: {} jobs run, {} tasks completed, {} open", day, jobs.run.get(),
                            casework.completedBy.values().stream().mapToInt(Integer::intValue).sum(), casework.openAtEnd);
                }
            }
            morningOf(settings.lastDay().plusDays(1));
            jobs.runAll();
            sweep.sweep();
            jobs.runAll();
            long incidents = runtime.createIncidentQuery().count();
            YearFigures figures = YearFigures.read(reports, jdbc, settings.start(), settings.firstDay(), settings.lastDay(),
                    requestPace.total, incidents);
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            report(figures, workforce, casework, jobs, tribunal, requestsInYear, took);
        } finally {
            lanes.close();
            ClockUtil.reset();
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private void bringInPlans(SimulatedFamilies families, Workforce workforce) {
        int plans = settings.scaled(settings.plans());
        PlanImport.Result result = planImport.importCsv(families.plansCsv(plans, settings.firstDay(),
                i -> workforce.officers.get(i % workforce.officers.size())));
        LOG.info("{} plans brought in on {}", result.imported(), settings.firstDay());
    }

    private void morningOf(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(MORNING).atZone(StatutoryCalendar.LONDON).toInstant()));
    }

    private int workingDaysOfTheYear() {
        int days = 0;
        for (LocalDate day = settings.firstDay(); !day.isAfter(settings.lastDay()); day = day.plusDays(1)) {
            days += calendar.isWorkingDay(day) ? 1 : 0;
        }
        return days;
    }

    private void report(YearFigures figures, Workforce workforce, Casework casework, DueJobs jobs, TribunalDiary tribunal,
                        long requestsInYear, Duration took) throws Exception {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("officers", workforce.officers.size());
        run.put("managers", workforce.managers.size());
        run.put("tasksPerOfficerDay", settings.tasksPerOfficerDay());
        run.put("scale", settings.scale());
        run.put("seed", settings.seed());
        run.put("requestsInYear", requestsInYear);
        run.put("plans", settings.scaled(settings.plans()));
        run.put("appealsRegistered", tribunal.registered);
        run.put("appealsWithNoDecisionToAppeal", tribunal.noDecisionToAppeal);
        run.put("tasksCompleted", casework.completedBy);
        run.put("tasksCompletedByStep", casework.completedTasks);
        run.put("tasksOpenAtEnd", casework.openAtEnd);
        run.put("completionsRefused", casework.refused);
        run.put("tasksStuck", casework.stuck.get());
        run.put("completionConflicts", casework.conflicts.get());
        run.put("jobsRun", jobs.run.get());
        run.put("jobConflicts", jobs.conflicts.get());
        run.put("jobFailures", jobs.failed);
        run.put("seconds", took.toSeconds());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("settings", run);
        document.put("figures", figures);
        document.put("consistent", figures.checks().consistent() && casework.stuck.get() == 0);
        String heading = String.format("Simulated year with %d officers and %d managers (%d tasks a day each; scale %s):"
                        + " %d requests in the year, %d plans, %d appeals; %d tasks completed, %d jobs run, in %d min %d s",
                workforce.officers.size(), workforce.managers.size(), settings.tasksPerOfficerDay(), settings.scale(),
                requestsInYear, settings.scaled(settings.plans()), tribunal.registered,
                casework.completedBy.values().stream().mapToInt(Integer::intValue).sum(), jobs.run.get(),
                took.toMinutes(), took.toSecondsPart());
        YearFigures.Figure twentyWeeks = figures.figure(Measure.FINAL_PLAN_20_WEEKS);
        System.out.println(heading);
        System.out.println("20-week figure: " + twentyWeeks.percentOnTime() + "% of " + twentyWeeks.total()
                + " new plans issued within 20 weeks");
        System.out.print(figures.text());
        if (!casework.refused.isEmpty() || casework.stuck.get() > 0) {
            System.out.println("Completions refused: " + casework.refused + "; tasks stuck: " + casework.stuck.get());
        }
        if (!settings.results().isBlank()) {
            Path file = Path.of(settings.results());
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
        }
    }

    /** Spreads a yearly number over the working days: whole arrivals each day, the fractions carried. */
    static final class Pacer {
        private final double perDay;
        private double owed;
        long total;

        Pacer(double perDay) {
            this.perDay = perDay;
        }

        int next() {
            owed += perDay;
            int arrivals = (int) owed;
            owed -= arrivals;
            total += arrivals;
            return arrivals;
        }
    }
}
