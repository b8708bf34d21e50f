package org.ehcflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's password policy, on for every password set once the engine is built ({@link PasswordRules}). It is
 * switched on last, after the accounts the configuration seeds (the demo logins under "demo"; in production the
 * administrator, whose password {@link DemoPasswordGuard} holds to the same rules).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PasswordPolicyConfiguration extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setPasswordPolicy(new PasswordRules());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setEnablePasswordPolicy(true);
    }
}
