package org.ehcflow.simulation;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --ehcflow.simulate=year} runs the service as a simulation instead (profile "simulation"): a database of its
 * own in memory, so that a council's data is never touched, no mail sent, no job executor (the simulation runs each
 * job on its own clock) and no port reachable from outside. These settings come before every configuration file, so
 * that a council's own application.yaml (its PostgreSQL, its mail server) cannot reach a simulation. Decided before
 * the files are read, so that they are read with the profile: the switch is given as an argument, a system property
 * or an environment variable (EHCFLOW_SIMULATE), never in a file.
 */
public class SimulationMode implements EnvironmentPostProcessor, Ordered {

    static final String SWITCH = "ehcflow.simulate";
    static final String PROFILE = "simulation";
    static final String DATABASE = "jdbc:h2:mem:ehcflow-simulation;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000;QUERY_CACHE_SIZE=512";

    private static final Map<String, Object> SETTINGS = Map.ofEntries(
            Map.entry("spring.datasource.url", DATABASE),
            Map.entry("spring.datasource.driver-class-name", "org.h2.Driver"),
            Map.entry("spring.datasource.username", "sa"),
            Map.entry("spring.datasource.password", ""),
            Map.entry("camunda.bpm.database.type", "h2"),
            Map.entry("spring.autoconfigure.exclude", "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration"),
            Map.entry("camunda.bpm.job-execution.enabled", "false"),
            // SimulatedYear sweeps missed clocks each simulated morning, not at the machine's midnight.
            Map.entry("ehcflow.deadlines.sweep-cron", "-"),
            // Every person is played by the simulation through the engine as themself; who may do what is tested
            // elsewhere (AuthorizationMatrixTest), and its checks would be most of a year's queries.
            Map.entry("camunda.bpm.authorization.enabled", "false"),
            Map.entry("camunda.bpm.history-level", JourneyHistoryLevel.NAME),
            Map.entry("spring.main.banner-mode", "off"),
            Map.entry("server.address", "127.0.0.1"),
            Map.entry("server.port", "0"));

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String simulate = environment.getProperty(SWITCH, "");
        if (simulate.isBlank() || simulate.equalsIgnoreCase("false")) {
            return;
        }
        if (!simulate.equalsIgnoreCase("year")) {
            throw new IllegalArgumentException(SWITCH + " must be 'year' (the only simulation there is), not '" + simulate + "'");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROFILE, SETTINGS));
        environment.setActiveProfiles(PROFILE);
    }
}
