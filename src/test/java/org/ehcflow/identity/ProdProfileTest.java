package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.*;

import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.ehcflow.EngineOnlyApplication;

/**
 * The prod profile seeds no demo users and will not start while a demo login still opens the door. Each start
 * here is an application of its own (see {@link EngineOnlyApplication}).
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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            admin                | fewer than 12 characters
            Sh0rt-but-s@fe       | ''
            admin-but-longer-now | holds the user id
            password1234         | a well-known password
            """)
    void refusesToStartWithAWeakAdministratorPassword(String password, String why) {
        if (why.isEmpty()) {
            start("prod", "camunda.bpm.admin-user.password=" + password).close();
            return;
        }
        assertThatThrownBy(() -> start("prod", "camunda.bpm.admin-user.password=" + password))
                .rootCause().hasMessageContaining("EHCFLOW_ADMIN_PASSWORD").hasMessageContaining("too weak")
                .hasMessageContaining(why);
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> start("prod")).rootCause().hasMessageContaining("EHCFLOW_ADMIN_PASSWORD");
    }

    private static ConfigurableApplicationContext start(String profile, String... properties) {
        return EngineOnlyApplication.start(Stream.concat(Stream.of("spring.profiles.active=" + profile),
                Stream.of(properties)).toArray(String[]::new));
    }
}
