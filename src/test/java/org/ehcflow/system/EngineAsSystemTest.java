package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.identity.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Engine calls made for the product run without the caller's engine authorization, and in one command when asked. */
@EhcFlowIntegrationTest
class EngineAsSystemTest {

    @Autowired EngineAsSystem engine;
    @Autowired IdentityService identity;
    @Autowired ProcessEngineConfigurationImpl configuration;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void theEngineCallsOfOneCommandShareItsContextAndTheCallerIsSignedInAgainAfterwards() {
        identity.setAuthentication("officer1", List.of(Groups.CASE_OFFICERS));

        List<Object> inside = engine.callInOneCommand(() -> List.of(currentCommand(), currentCommand(),
                identity.getCurrentAuthentication() == null ? "no caller" : identity.getCurrentAuthentication().getUserId()));

        assertThat(inside.get(0)).as("the command of the second engine call").isSameAs(inside.get(1));
        assertThat(inside.get(2)).as("the engine's caller inside").isEqualTo("no caller");
        assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("officer1");
        assertThat(currentCommand()).as("calls made apart are commands apart").isNotSameAs(currentCommand());
    }

    private CommandContext currentCommand() {
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> commandContext);
    }
}
