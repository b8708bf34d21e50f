package org.ehcflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the product's API has already authorized (by its own rules, in Spring Security and the
 * service) without the caller's engine authorization: registering a case starts a process and looks up the case
 * officers, which no officer may do in Camunda by himself.
 */
@Component
public class EngineAsSystem {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    EngineAsSystem(IdentityService identity, ProcessEngineConfigurationImpl engineConfiguration) {
        this.identity = identity;
        this.engineConfiguration = engineConfiguration;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /**
     * As {@link #call}, with every engine call in {@code work} made in one engine command, in the caller's
     * transaction: the engine writes what they changed together when the command ends, as batches of inserts, rather
     * than a round of statements after each call (many journeys started at once, as the plans import does). Queries
     * to the engine in {@code work} do not see what earlier calls in it changed.
     */
    public <T> T callInOneCommand(Supplier<T> work) {
        return call(() -> engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> work.get()));
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
