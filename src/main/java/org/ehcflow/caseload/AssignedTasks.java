package org.ehcflow.caseload;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open tasks per assignee, as Tasklist's "My tasks" counts them, for the whole team in one query over the engine's
 * task table (a task query per officer took a hundred round trips for a hundred officers). The table's name comes
 * from the engine, so a configured table prefix or schema is honoured.
 */
@Repository
class AssignedTasks {

    private final JdbcClient jdbc;
    private final ManagementService management;
    private final EngineAsSystem engine;
    private volatile String taskTable;

    AssignedTasks(JdbcClient jdbc, ManagementService management, EngineAsSystem engine) {
        this.jdbc = jdbc;
        this.management = management;
        this.engine = engine;
    }

    /** {@code assignee} {@code null}: every assignee's count; otherwise only that assignee's. */
    Map<String, Long> perAssignee(String assignee) {
        Map<String, Long> counts = new HashMap<>();
        var query = jdbc.sql("select ASSIGNEE_, count(*) from " + taskTable() + " where "
                + (assignee == null ? "ASSIGNEE_ is not null" : "ASSIGNEE_ = :assignee") + " group by ASSIGNEE_");
        if (assignee != null) {
            query = query.param("assignee", assignee);
        }
        query.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private String taskTable() {
        if (taskTable == null) {
            taskTable = engine.call(() -> management.getTableName(TaskEntity.class));
        }
        return taskTable;
    }
}
