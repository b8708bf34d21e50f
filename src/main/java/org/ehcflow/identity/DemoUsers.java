package org.ehcflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo team, seeded on the embedded default (profile "demo"). Each demo user's password is its user id;
 * the admin's comes from camunda.bpm.admin-user. Existing users are left as they are.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ehcflow.demo.seed", havingValue = "true")
class DemoUsers extends AbstractCamundaConfiguration {

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> TEAM = List.of(
            new DemoUser("officer1", "Olivia", "Okafor", Groups.CASE_OFFICERS),
            new DemoUser("officer2", "Omar", "Osei", Groups.CASE_OFFICERS),
            new DemoUser("officer3", "Orla", "O'Neill", Groups.CASE_OFFICERS),
            new DemoUser("manager1", "Maya", "Mistry", Groups.MANAGERS),
            new DemoUser("designer1", "Dev", "Desai", Groups.DESIGNERS),
            new DemoUser("health1", "Hannah", "Hughes", Groups.HEALTH),
            new DemoUser("social1", "Sam", "Shah", Groups.SOCIAL_CARE),
            new DemoUser("ep1", "Esther", "Evans", Groups.EDUCATIONAL_PSYCHOLOGISTS),
            new DemoUser("school1", "Sian", "Scott", Groups.SCHOOLS));

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (DemoUser demo : TEAM) {
            if (identity.createUserQuery().userId(demo.id()).singleResult() != null) {
                continue;
            }
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@ehcflow.invalid");
            user.setPassword(demo.id());
            identity.saveUser(user);
            identity.createMembership(demo.id(), demo.group());
        }
    }
}
