package org.ehcflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A simulation never reaches a council's database or mail server, whatever its configuration names. */
class SimulationModeTest {

    @Test
    void theSwitchPutsTheSimulationsOwnDatabaseAheadOfTheCouncilsSettings() {
        StandardEnvironment environment = environment(Map.of("ehcflow.simulate", "year",
                "spring.datasource.url", "jdbc:postgresql://db.council.example/ehcflow", "spring.mail.host", "smtp.council.example",
                "camunda.bpm.job-execution.enabled", "true"));

        new SimulationMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getActiveProfiles()).containsExactly("simulation");
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");
        assertThat(environment.getProperty("camunda.bpm.database.type")).isEqualTo("h2");
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).contains("MailSenderAutoConfiguration");
        assertThat(environment.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutTheSwitchNothingChanges() {
        StandardEnvironment environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/ehcflow"));

        new SimulationMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/ehcflow");
    }

    @Test
    void anUnknownSimulationIsRefusedByName() {
        StandardEnvironment environment = environment(Map.of("ehcflow.simulate", "decade"));

        assertThatThrownBy(() -> new SimulationMode().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("ehcflow.simulate must be 'year'").hasMessageContaining("decade");
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("council", settings));
        return environment;
    }
}
