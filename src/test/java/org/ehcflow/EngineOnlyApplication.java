package org.ehcflow;

import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts EHC Flow as a council would (command-line arguments, so `spring.profiles.active` replaces the default
 * demo profile), but without a web server and under an engine name of its own, in an in-memory database of its
 * own unless the arguments name another. The shared test context keeps the engine name "default", which Camunda's
 * REST API looks up, and its webapps, whose runtime lives in static fields that a second webapp would clear.
 */
public final class EngineOnlyApplication {

    private EngineOnlyApplication() {
    }

    /** @param arguments "name=value" settings, applied after (and so over) the defaults */
    public static ConfigurableApplicationContext start(String... arguments) {
        String name = "standalone" + UUID.randomUUID().toString().replace("-", "");
        Stream<String> defaults = Stream.of("spring.main.web-application-type=none",
                "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                "camunda.bpm.process-engine-name=" + name, "camunda.bpm.job-execution.enabled=false",
                "spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return new SpringApplicationBuilder(EhcFlowApplication.class)
                .run(Stream.concat(defaults, Stream.of(arguments)).map(a -> "--" + a).toArray(String[]::new));
    }
}
