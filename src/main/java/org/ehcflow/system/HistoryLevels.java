package org.ehcflow.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

/** Offers the engine a history level of ours, beside any another plugin offered, before the engine starts. */
public final class HistoryLevels {

    private HistoryLevels() {
    }

    public static void offer(ProcessEngineConfigurationImpl configuration, HistoryLevel level) {
        List<HistoryLevel> levels = new ArrayList<>(configuration.getCustomHistoryLevels() == null ? List.of()
                : configuration.getCustomHistoryLevels());
        levels.add(level);
        configuration.setCustomHistoryLevels(levels);
    }
}
