package org.ehcflow.simulation;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * A simulation's engine history: each journey's start and end, which the journeys themselves read (a refusal
 * cancels the clocks of the processes its journey called), and nothing else. Every other record (steps, tasks,
 * variables) is read only by the case timeline, which nobody opens in a simulation; writing it was a third of a
 * simulated year's time.
 */
final class JourneyHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "journeys";
    static final int ID = 21;

    private static final Set<HistoryEventType> KEPT = Set.of(HistoryEventTypes.PROCESS_INSTANCE_START,
            HistoryEventTypes.PROCESS_INSTANCE_UPDATE, HistoryEventTypes.PROCESS_INSTANCE_MIGRATE,
            HistoryEventTypes.PROCESS_INSTANCE_END);

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
        return KEPT.contains(eventType);
    }
}
