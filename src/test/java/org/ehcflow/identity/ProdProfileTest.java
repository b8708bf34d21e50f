package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.*;

import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.ehcflow.EhcFlowApplication;

/**
 * The prod profile seeds no demo users and will not start while a demo login still opens the door. Each start
 * here is an application of its own, with its own database and engine name (so it never takes the name "default"
 * from the shared test context), and without a web server: Camunda's webapps keep their runtime in static fields,
 * which a second webapp in the same JVM would clear when it stops.
 */
class ProdProfileTest {

    @Test
    void startsWithTheConfiguredAdministratorAndNoDemoUsers() {
        try (ConfigurableApplicationContext app = start("prod", "camunda.bpm.admin-user.password=Str0ng-and-l0ng")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
            assertThat(identity.checkPassword("admin", "Str0ng-and-l0ng")).isTrue();
            assertThat(identity.createGroupQuery().groupId(Groups.CASE_OFFICERS).count()).isEqualTo(1);
        }
    }

    @Test
    void refusesToStartWhileDemoUsersKeepTheirDemoPasswords() {
        assertThatThrownBy(() -> start("prod", "camunda.bpm.admin-user.password=Str0ng-and-l0ng", "ehcflow.demo.seed=true"))
                .rootCause().hasMessageContaining("still have their demo password")
                .hasMessageContaining("officer1").hasMessageContaining("manager1");
    }

    @Test
    void refusesToStartWithTheDemoAdministratorPassword() {
        assertThatThrownBy(() -> start("prod", "camunda.bpm.admin-user.password=admin"))
                .rootCause().hasMessageContaining("without an administrator password");
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> start("prod")).rootCause().hasMessageContaining("EHCFLOW_ADMIN_PASSWORD");
    }

    /** Started as a council would start it: java -jar ehc-flow.jar --spring.profiles.active=prod --... */
    private static ConfigurableApplicationContext start(String profile, String... properties) {
        String name = "prodtest" + UUID.randomUUID().toString().replace("-", "");
        Stream<String> arguments = Stream.concat(Stream.of("spring.profiles.active=" + profile, "spring.main.web-application-type=none",
                "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                "camunda.bpm.process-engine-name=" + name, "camunda.bpm.job-execution.enabled=false",
                "spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"), Stream.of(properties));
        return new SpringApplicationBuilder(EhcFlowApplication.class).run(arguments.map(a -> "--" + a).toArray(String[]::new));
    }
}
