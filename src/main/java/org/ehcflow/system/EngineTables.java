package org.ehcflow.system;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The engine's tables as our SQL names them: with the engine's table prefix (a schema of its own on PostgreSQL). */
public final class EngineTables {

    private EngineTables() {
    }

    /** {@code table} (such as ACT_HI_PROCINST) with the engine's prefix, if it has one. */
    public static String named(ProcessEngineConfigurationImpl engine, String table) {
        String prefix = engine.getDatabaseTablePrefix();
        return (prefix == null ? "" : prefix) + table;
    }
}
