package org.ehcflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
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

    EngineAsSystem(IdentityService identity) {
        this.identity = identity;
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

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
