package org.ehcflow.system;


import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Offers the engine EHC Flow's history level ({@code camunda.bpm.history-level: case}, {@link CaseHistoryLevel}).
 * A database an earlier version wrote at Camunda's "full" level is moved to it before the engine starts (the engine
 * refuses a level other than the one the database records): what was written stays, less is written from now on.
 */
@Component
class CaseHistoryConfiguration extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CaseHistoryConfiguration.class);

    private final CamundaBpmProperties camunda;
    private final JdbcClient jdbc;

    CaseHistoryConfiguration(CamundaBpmProperties camunda, JdbcClient jdbc) {
        this.camunda = camunda;
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevels.offer(configuration, new CaseHistoryLevel());
        if (CaseHistoryLevel.NAME.equals(camunda.getHistoryLevel())) {
            moveFromFull();
        }
    }

    private void moveFromFull() {
        String prefix = camunda.getDatabase().getTablePrefix() == null ? "" : camunda.getDatabase().getTablePrefix();
        if (!engineTablesExist(prefix)) {
            return;
        }
        int moved = jdbc.sql("update " + prefix + "ACT_GE_PROPERTY set VALUE_ = :case where NAME_ = 'historyLevel' and VALUE_ = :full")
                .param("case", Integer.toString(CaseHistoryLevel.ID)).param("full", Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()))
                .update();
        if (moved > 0) {
            LOG.info("The engine's history level moves from full to {} (ADR 0014): the history written so far stays", CaseHistoryLevel.NAME);
        }
    }

    /** Whether the engine has created its tables here (in the prefix's schema, or the connection's own). */
    private boolean engineTablesExist(String prefix) {
        String schema = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : null;
        return jdbc.sql("select count(*) from information_schema.tables where upper(table_name) = 'ACT_GE_PROPERTY' and "
                        + (schema == null ? "table_schema = current_schema" : "lower(table_schema) = lower(:schema)"))
                .params(schema == null ? java.util.Map.of() : java.util.Map.of("schema", schema))
                .query(Long.class).single() > 0;
    }
}
