package org.ehcflow.models;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanExecutionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a journey's running cases to its newest version, as Camunda migration batches: a plan annual review is one
 * instance that loops for years, so without a move a changed model would never reach the plans already held. Each
 * case keeps its instance, its variables, its statutory clocks in the deadline table and its timer jobs with their
 * due dates (event triggers are not recomputed): moving a case never moves a clock.
 */
@Service
public class ModelMigrations {

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final EngineAsSystem engine;
    private final ModelAudit audit;
    private final JdbcClient jdbc;

    ModelMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management,
                    EngineAsSystem engine, ModelAudit audit, JdbcClient jdbc) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.engine = engine;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The dry run: for each older version, its running cases, where they wait and what would not move. */
    public MigrationReport preview(String processKey) {
        return engine.call(() -> {
            List<ProcessDefinition> versions = versions(processKey);
            ProcessDefinition latest = versions.get(versions.size() - 1);
            List<MigrationReport.OlderVersion> older = new ArrayList<>();
            for (ProcessDefinition version : versions.subList(0, versions.size() - 1)) {
                long running = runtime.createProcessInstanceQuery().processDefinitionId(version.getId()).count();
                if (running > 0) {
                    older.add(olderVersion(version, latest, running));
                }
            }
            return new MigrationReport(processKey, new MigrationReport.Version(latest.getId(), latest.getVersion(),
                    latest.getDeploymentId()), older, migrations(processKey));
        });
    }

    /**
     * Moves every case of an older version whose every waiting place maps to the newest version, one Camunda batch
     * per older version; the cases waiting where the newest version has no counterpart stay, and are named. Requests
     * for one process are taken one at a time, and one is refused while an earlier one's batch is still working.
     */
    @Transactional
    public MigrationReport migrate(String processKey, String requestedBy) {
        return engine.call(() -> {
            takeTurn(processKey);
            refuseWhileABatchRuns(processKey);
            List<ProcessDefinition> versions = versions(processKey);
            ProcessDefinition latest = versions.get(versions.size() - 1);
            for (ProcessDefinition version : versions.subList(0, versions.size() - 1)) {
                long running = runtime.createProcessInstanceQuery().processDefinitionId(version.getId()).count();
                if (running > 0) {
                    migrateVersion(version, latest, requestedBy);
                }
            }
            return preview(processKey);
        });
    }

    private void migrateVersion(ProcessDefinition from, ProcessDefinition to, String requestedBy) {
        MigrationPlan plan;
        try {
            plan = planOf(from, to);
        } catch (MigrationPlanValidationException noPlan) {
            return;   // shown by the preview, with the reason; nothing of this version can move
        }
        List<String> unmapped = unmapped(plan, waitingIn(from.getId()).keySet());
        ProcessInstanceQuery onThisVersion = runtime.createProcessInstanceQuery().processDefinitionId(from.getId());
        long running = onThisVersion.count();
        long staying = 0;
        MigrationPlanExecutionBuilder move;
        if (unmapped.isEmpty()) {
            move = runtime.newMigration(plan).processInstanceQuery(onThisVersion);   // every case, no ids loaded
        } else {
            Set<String> stay = new HashSet<>();
            runtime.createProcessInstanceQuery().processDefinitionId(from.getId())
                    .activityIdIn(unmapped.toArray(String[]::new)).list().forEach(i -> stay.add(i.getId()));
            List<String> moving = onThisVersion.list().stream().map(ProcessInstance::getId)
                    .filter(id -> !stay.contains(id)).toList();
            staying = stay.size();
            move = moving.isEmpty() ? null : runtime.newMigration(plan).processInstanceIds(moving);
        }
        String batchId = move == null ? null : MigrationRecorder.recordedByTheCaller(move::executeAsync).getId();
        audit.migrated(new ModelAudit.MigrationRecord(0, from.getKey(), from.getId(), from.getVersion(), to.getId(),
                to.getVersion(), requestedBy, ModelAudit.THROUGH_PRODUCT, OffsetDateTime.now(ZoneOffset.UTC), batchId,
                (int) (running - staying), (int) staying, String.join(", ", unmapped)));
    }

    /** Camunda's plan for moving cases between two versions: every step kept under the same id maps to itself. */
    private MigrationPlan planOf(ProcessDefinition from, ProcessDefinition to) {
        return runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().build();
    }

    /** The steps cases wait in that the plan does not map: their cases cannot move. */
    private static List<String> unmapped(MigrationPlan plan, Set<String> waitedIn) {
        Set<String> mapped = new HashSet<>();
        plan.getInstructions().forEach(instruction -> mapped.add(instruction.getSourceActivityId()));
        return waitedIn.stream().filter(activity -> !mapped.contains(activity)).sorted().toList();
    }

    private MigrationReport.OlderVersion olderVersion(ProcessDefinition version, ProcessDefinition latest, long running) {
        Map<String, Long> waiting = waitingIn(version.getId());
        List<MigrationReport.Place> places = places(version.getId(), waiting, waiting.keySet());
        try {
            List<MigrationReport.Place> unmapped = places(version.getId(), waiting,
                    unmapped(planOf(version, latest), waiting.keySet()));
            return new MigrationReport.OlderVersion(version.getId(), version.getVersion(), running, places,
                    unmapped.isEmpty(), unmapped, null);
        } catch (MigrationPlanValidationException noPlan) {
            return new MigrationReport.OlderVersion(version.getId(), version.getVersion(), running, places, false,
                    places, noPlan.getMessage());
        }
    }

    /** How many cases wait in each activity, by the activity's id in the diagram. */
    private Map<String, Long> waitingIn(String definitionId) {
        Map<String, Long> waiting = new LinkedHashMap<>();
        for (ActivityStatistics statistics : management.createActivityStatisticsQuery(definitionId).list()) {
            if (statistics.getInstances() > 0) {
                waiting.merge(statistics.getId().replace(MULTI_INSTANCE_BODY, ""), (long) statistics.getInstances(), Math::max);
            }
        }
        return waiting;
    }

    private List<MigrationReport.Place> places(String definitionId, Map<String, Long> waiting, Iterable<String> activities) {
        var model = repository.getBpmnModelInstance(definitionId);
        List<MigrationReport.Place> places = new ArrayList<>();
        for (String activity : activities) {
            FlowElement element = model.getModelElementById(activity);
            places.add(new MigrationReport.Place(activity, element == null || element.getName() == null ? activity
                    : element.getName(), waiting.get(activity)));
        }
        places.sort(java.util.Comparator.comparing(MigrationReport.Place::activityId));
        return places;
    }

    private List<ProcessDefinition> versions(String processKey) {
        List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list();
        if (versions.isEmpty()) {
            throw new NotFoundException("No process with the key '" + processKey + "' is deployed");
        }
        return versions;
    }

    private List<MigrationReport.Migration> migrations(String processKey) {
        return audit.migrations(processKey).stream().map(this::withProgress).toList();
    }

    private MigrationReport.Migration withProgress(ModelAudit.MigrationRecord m) {
        String status = "DONE";
        long failures = 0;
        if (m.batchId() != null) {
            Batch batch = management.createBatchQuery().batchId(m.batchId()).singleResult();
            if (batch != null) {
                failures = management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException().count();
                status = failures > 0 ? "FAILED" : "RUNNING";
            }
        }
        return new MigrationReport.Migration(m.id(), m.fromVersion(), m.toVersion(), m.requestedBy(), m.requestedThrough(),
                m.requestedAt(),
                m.batchId(), m.instancesMoved() - (int) failures, m.instancesLeft(), m.leftWaitingIn(), status, failures);
    }

    /** One move of a process's cases at a time: the second request waits for the first to commit, then sees its batch. */
    private void takeTurn(String processKey) {
        jdbc.sql("""
                insert into model_migration_turn (process_key)
                select :key where not exists (select 1 from model_migration_turn where process_key = :key)""")
                .param("key", processKey).update();
        jdbc.sql("select process_key from model_migration_turn where process_key = :key for update")
                .param("key", processKey).query(String.class).single();
    }

    private void refuseWhileABatchRuns(String processKey) {
        for (ModelAudit.MigrationRecord earlier : audit.migrations(processKey)) {
            if (earlier.batchId() != null && management.createBatchQuery().batchId(earlier.batchId()).count() > 0) {
                throw new ConflictException("The cases of " + processKey + " are still being moved (batch "
                        + earlier.batchId() + ", requested by " + earlier.requestedBy() + "): wait until it has ended,"
                        + " then look at the report again before asking for another move.");
            }
        }
    }
}
