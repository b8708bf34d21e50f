package org.ehcflow.models;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What moving a process's running cases to its newest version would do (a dry run), and what earlier moves did.
 *
 * @param olderVersions each older version that still runs cases, with where they wait and whether each place maps
 * @param migrations the moves requested so far, latest first
 */
public record MigrationReport(String processKey, Version latest, List<OlderVersion> olderVersions,
                              List<Migration> migrations) {

    public record Version(String definitionId, int version, String deploymentId) {
    }

    /**
     * @param mapsEveryCase whether every place a case waits in has a counterpart in the newest version
     * @param unmapped the places that have none: their cases stay on this version when the rest move
     * @param problem why no plan could be made at all, or null
     */
    public record OlderVersion(String definitionId, int version, long runningCases, List<Place> waitingIn,
                               boolean mapsEveryCase, List<Place> unmapped, String problem) {
    }

    /** An activity cases wait in, with its name as the diagram gives it. */
    public record Place(String activityId, String name, long cases) {
    }

    /**
     * @param status RUNNING while the batch works, DONE when it has ended, FAILED when some of its jobs failed
     * @param failures the batch's jobs that failed (each one case), to be retried or looked at in Cockpit
     * @param requestedThrough "EHC Flow" (the models' page or /api/models), or "Camunda" (Cockpit, /engine-rest)
     */
    public record Migration(long id, int fromVersion, int toVersion, String requestedBy, String requestedThrough,
                            OffsetDateTime requestedAt,
                            String batchId, int casesMoved, int casesLeft, String leftWaitingIn, String status,
                            long failures) {
    }
}
