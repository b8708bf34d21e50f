package org.ehcflow.system;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine history EHC Flow writes (ADR 0014): Camunda's "full" level without the two kinds of record that grew
 * fastest and that nobody reads. Kept: every journey, step and task with who and when, each variable's latest value
 * (what an officer decided), incidents, who a task was assigned to, and the user operation log (Cockpit's audit).
 * Left out: a row for every change of every variable (the latest value stays) and a row for every job created,
 * run or failed (a failing job stays visible as an incident).
 */
public final class CaseHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "case";
    /** Above Camunda's own levels (0 to 3); stored in ACT_GE_PROPERTY as the database's history level. */
    public static final int ID = 20;

    private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_FAIL,
            HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE, HistoryEventTypes.EXTERNAL_TASK_CREATE,
            HistoryEventTypes.EXTERNAL_TASK_FAIL, HistoryEventTypes.EXTERNAL_TASK_SUCCESS, HistoryEventTypes.EXTERNAL_TASK_DELETE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !LEFT_OUT.contains(eventType);
    }
}
