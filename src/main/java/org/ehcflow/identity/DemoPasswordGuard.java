package org.ehcflow.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while any demo login still opens the door: a demo user with its demo
 * password, or an administrator whose password is "admin".
 */
@Component
@Order(40)
@Profile("prod")
class DemoPasswordGuard extends AbstractCamundaConfiguration {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        List<String> open = new ArrayList<>();
        for (DemoUsers.DemoUser demo : DemoUsers.TEAM) {
            if (identity.checkPassword(demo.id(), demo.id())) {
                open.add(demo.id());
            }
        }
        if (identity.checkPassword("admin", "admin")) {
            open.add("admin");
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: these users still have their demo"
                    + " password: " + String.join(", ", open) + ". Change or delete them (Camunda Admin, or"
                    + " start once without the prod profile), then start again.");
        }
    }
}
