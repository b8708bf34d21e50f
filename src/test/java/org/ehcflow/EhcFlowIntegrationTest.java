package org.ehcflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with the demo users, an in-memory database, a real SMTP server and no
 * job executor. Every integration test uses this one context: the engine registers itself under the name "default",
 * which Camunda's REST API looks up, so a second context in the same JVM would take that name from the first.
 * Metrics are exported as in production (/actuator/prometheus), so that tests read what an operator scrapes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@AutoConfigureObservability(tracing = false)
@Import({TestMailServer.class, ObservedApiAnswers.class})
public @interface EhcFlowIntegrationTest {
}
