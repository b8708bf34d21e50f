package org.ehcflow.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start without a real administrator password, and while any demo login still opens
 * the door: a demo user whose password is still its user id, or an administrator whose password is "admin".
 *
 * Passwords are compared with the stored hashes, not through IdentityService.checkPassword: that counts failed
 * logins, so checking at every start would lock real users out.
 */
@Component
@Order(40)
@Profile("prod")
class DemoPasswordGuard extends AbstractCamundaConfiguration {

    private final CamundaBpmProperties camunda;

    DemoPasswordGuard(CamundaBpmProperties camunda) {
        this.camunda = camunda;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        String id = camunda.getAdminUser().getId();
        String password = camunda.getAdminUser().getPassword();
        if (password == null || password.isBlank() || password.contains("${")) {
            throw new IllegalStateException("Refusing to start in production without an administrator password:"
                    + " set EHCFLOW_ADMIN_PASSWORD (camunda.bpm.admin-user.password) to a password of your own");
        }
        String weak = PasswordRules.refusal(id, password);
        if (weak != null) {
            throw new IllegalStateException("Refusing to start in production: the administrator password"
                    + " (EHCFLOW_ADMIN_PASSWORD) is too weak, as " + weak + ". Choose one of at least "
                    + PasswordRules.MIN_LENGTH + " characters, without the user id (three random words will do).");
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> open = new ArrayList<>();
        for (DemoUsers.DemoUser demo : DemoUsers.TEAM) {
            if (hasPassword(engine, configuration, demo.id(), demo.id())) {
                open.add(demo.id());
            }
        }
        if (hasPassword(engine, configuration, "admin", "admin")) {
            open.add("admin");
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: these users still have their demo"
                    + " password: " + String.join(", ", open) + ". Change their passwords or delete them in Camunda"
                    + " Admin, then start again.");
        }
    }

    private static boolean hasPassword(ProcessEngine engine, ProcessEngineConfigurationImpl configuration,
                                       String userId, String password) {
        // The user query leaves the hash out; the identity provider's lookup by id (used by checkPassword) has it.
        User user = configuration.getCommandExecutorTxRequired()
                .execute(command -> command.getReadOnlyIdentityProvider().findUserById(userId));
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false;
        }
        return configuration.getPasswordManager()
                .check(EncryptionUtil.saltPassword(password, entity.getSalt()), entity.getPassword());
    }
}
