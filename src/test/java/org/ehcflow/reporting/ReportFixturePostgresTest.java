package org.ehcflow.reporting;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.PostgresApplication;
import org.ehcflow.reporting.sen2.Sen2Return;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/** The hand-counted fixture year on a real PostgreSQL server: the same queries give the same figures as on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFixturePostgresTest {

    ConfigurableApplicationContext app;
    FixtureAnswers answers;

    @BeforeAll
    void writeTheFixture() {
        PostgresApplication.require();
        app = PostgresApplication.start(PostgresApplication.newSchema(), "ehcflow.sen2.la-number=330");
        answers = ReportFixtureTest.atFixtureToday(app);
    }

    @AfterAll
    void close() {
        ClockUtil.reset();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyFigureAsOnH2() throws Exception {
        answers.requests();
        answers.plans();
        answers.reviews();
        answers.tribunal();
        answers.complaints();
        answers.partners();
        answers.workload();
        answers.sen2Check(app.getBean(Sen2Return.class));
        answers.sen2Xml(app.getBean(Sen2Return.class));
        answers.sen2AfterCorrections(app.getBean(Sen2Return.class), app.getBean(org.ehcflow.casefile.CaseRepository.class),
                app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class));
    }
}
