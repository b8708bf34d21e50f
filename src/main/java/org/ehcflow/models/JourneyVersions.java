package org.ehcflow.models;

import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.stereotype.Service;

/** Each journey's newest version, where it came from, and how many cases still run on older versions. */
@Service
public class JourneyVersions {

    /** One journey: its newest version and the cases on it and on older versions (counts only, no case data). */
    public record Journey(String key, String name, int version, String deploymentName, OffsetDateTime deployedAt,
                          long casesOnNewest, long casesOnOlder) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    JourneyVersions(RepositoryService repository, RuntimeService runtime, EngineAsSystem engine) {
        this.repository = repository;
        this.runtime = runtime;
        this.engine = engine;
    }

    public List<Journey> all() {
        return engine.call(() -> repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(this::journey).sorted(Comparator.comparing(Journey::key)).toList());
    }

    private Journey journey(ProcessDefinition latest) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult();
        long all = runtime.createProcessInstanceQuery().processDefinitionKey(latest.getKey()).count();
        long newest = runtime.createProcessInstanceQuery().processDefinitionId(latest.getId()).count();
        return new Journey(latest.getKey(), latest.getName() == null ? latest.getKey() : latest.getName(),
                latest.getVersion(), deployment.getName(), deployment.getDeploymentTime().toInstant().atOffset(ZoneOffset.UTC),
                newest, all - newest);
    }
}
