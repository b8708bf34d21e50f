package org.ehcflow;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** @param arguments "name=value" settings; one naming a default replaces it (Spring would join repeated options) */
    public static ConfigurableApplicationContext start(String... arguments) {
        String name = engineName();
        return run(name, Stream.concat(Stream.of("spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000"),
                Stream.of(arguments)));
    }

    /** On the embedded default a council runs: the H2 file database of application.yaml, under {@code dataDir}. */
    public static ConfigurableApplicationContext startOnEmbeddedDefault(Path dataDir, String... settings) {
        return run(engineName(), Stream.concat(Stream.of("ehcflow.data-dir=" + dataDir), Stream.of(settings)));
    }

    private static String engineName() {
        return "standalone" + UUID.randomUUID().toString().replace("-", "");
    }

    private static ConfigurableApplicationContext run(String engineName, Stream<String> arguments) {
        Map<String, String> settings = new LinkedHashMap<>();
        Stream.concat(Stream.of("spring.main.web-application-type=none",
                        "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "camunda.bpm.process-engine-name=" + engineName, "camunda.bpm.job-execution.enabled=false"), arguments)
                .map(setting -> setting.split("=", 2))
                .forEach(setting -> settings.put(setting[0], setting[1]));
        return new SpringApplicationBuilder(EhcFlowApplication.class).run(settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }
}
