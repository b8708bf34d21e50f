package org.ehcflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A simulation's settings, as a council would type them, checked before a day is simulated. */
class SimulationCheckTest {

    @Test
    void theDefaultsAreBirminghamsYear() {
        SimulationProperties settings = bind(Map.of());

        assertThatCode(() -> SimulationCheck.settings(settings)).doesNotThrowAnyException();
        assertThat(settings.firstDay()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(settings.start()).as("20 weeks of run-in").isEqualTo(LocalDate.of(2026, 8, 14));
        assertThat(settings.plans()).isEqualTo(12094);
        assertThat(settings.scaled(settings.officers())).isEqualTo(25);
        assertThat(settings.partner("health").onTimeShare()).isEqualTo(0.6);
        assertThat(bind(Map.of("ehcflow.simulation.scale", "0.1")).scaled(25)).as("a tenth of 25 officers").isEqualTo(3);
    }

    @Test
    void eachWrongSettingIsRefusedByItsName() {
        assertRefused(Map.of("ehcflow.simulation.scale", "0"), "ehcflow.simulation.scale must be above 0");
        assertRefused(Map.of("ehcflow.simulation.officers", "0"), "ehcflow.simulation.officers must be at least 1");
        assertRefused(Map.of("ehcflow.simulation.shares.assess", "1.5"), "ehcflow.simulation.shares.assess must be from 0 to 1");
        assertRefused(Map.of("ehcflow.simulation.officer-delay-days", "-1"), "ehcflow.simulation.officer-delay-days must be a list");
        assertRefused(Map.of("ehcflow.simulation.partners.health.on-time-share", "2",
                "ehcflow.simulation.partners.health.late-days", "7"), "ehcflow.simulation.partners.health.on-time-share");
        assertRefused(Map.of("ehcflow.simulation.first-day", "1999-01-01"), "ehcflow.simulation.first-day");
    }

    private static void assertRefused(Map<String, String> given, String message) {
        assertThatThrownBy(() -> SimulationCheck.settings(bind(given))).hasMessageContaining(message);
    }

    private static SimulationProperties bind(Map<String, String> given) {
        return new Binder(new MapConfigurationPropertySource(given)).bindOrCreate("ehcflow.simulation", SimulationProperties.class);
    }
}
