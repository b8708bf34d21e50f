package org.ehcflow.simulation;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.ehcflow.system.HistoryLevels;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Offers a simulation's engine its history level ({@link JourneyHistoryLevel}, set by {@link SimulationMode}). */
@Component
@Profile(SimulationMode.PROFILE)
class SimulationEngine extends AbstractCamundaConfiguration {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevels.offer(configuration, new JourneyHistoryLevel());
    }
}
