package org.ehcflow.models;

import org.camunda.bpm.engine.ProcessEngineException;

/** A deployment whose versions still run cases may not be deleted: they would go with it, and their clocks with them. */
public class RunningCasesException extends ProcessEngineException {

    RunningCasesException(String deploymentId, long running) {
        super("Deployment " + deploymentId + " still runs " + running + (running == 1 ? " case" : " cases")
                + " on its process versions; deleting it would end them and leave their statutory clocks with no timer."
                + " Move them to the newest version first (POST /api/models/{processKey}/migration), then delete it.");
    }
}
