package org.ehcflow.reporting;

import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.EngineOnlyApplication;
import org.ehcflow.reporting.sen2.Sen2Return;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-counted fixture year on the embedded default (H2), in a database of its own so that no other test's cases
 * enter its figures. ReportFixturePostgresTest asserts the same answers on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportFixtureTest {

    ConfigurableApplicationContext app;
    FixtureAnswers answers;

    @BeforeAll
    void writeTheFixture() {
        app = EngineOnlyApplication.start("ehcflow.sen2.la-number=330");
        answers = atFixtureToday(app);
    }

    /** The fixture written, and the engine's clock (which "today" reads) set to the day it is looked at. */
    static FixtureAnswers atFixtureToday(ConfigurableApplicationContext app) {
        new ReportFixture(app.getBean(JdbcClient.class)).insert();
        ClockUtil.setCurrentTime(Date.from(ReportFixture.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC)));
        return new FixtureAnswers(app.getBean(Reports.class));
    }

    @AfterAll
    void close() {
        ClockUtil.reset();
        app.close();
    }

    @Test
    void requests() {
        answers.requests();
    }

    @Test
    void newPlans() {
        answers.plans();
    }

    @Test
    void annualReviews() {
        answers.reviews();
    }

    @Test
    void tribunal() {
        answers.tribunal();
    }

    @Test
    void complaintsAndQueries() {
        answers.complaints();
    }

    @Test
    void partnerAdvice() {
        answers.partners();
    }

    @Test
    void workload() {
        answers.workload();
    }

    @Test
    void sen2PreSubmissionCheck() {
        answers.sen2Check(app.getBean(Sen2Return.class));
    }

    @Test
    void sen2Return() throws Exception {
        answers.sen2Xml(app.getBean(Sen2Return.class));
    }

    /** Last: it corrects the fixture's deliberate gaps, as officers would after reading the check. */
    @Test
    @Order(Integer.MAX_VALUE)
    void sen2ReturnOnceTheCheckIsClean() throws Exception {
        answers.sen2AfterCorrections(app.getBean(Sen2Return.class), app.getBean(CaseRepository.class),
                app.getBean(JdbcClient.class));
    }
}
