package org.ehcflow.models;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deploys bpmn/ and forms/ as one deployment at start-up, before any request is served. If anything changed since
 * the last deployment, all models are deployed together, so a form bound with formRefBinding="deployment" always
 * travels with its process; if nothing changed, nothing is deployed. The last deployment carries the models'
 * fingerprint as its source. A version of one of its processes or forms deployed since by another path (the Modeler's
 * Deploy button) does not outlive a restart: the folder's models are deployed again and are the latest.
 */
@Component
@Order(50)
class ModelDeployer extends AbstractCamundaConfiguration {

    static final String DEPLOYMENT_NAME = "ehc-flow-models";
    private static final String SOURCE_PREFIX = "ehcflow-models:";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final ModelsProperties properties;
    private final ObjectMapper json;
    private final ModelAudit audit;

    ModelDeployer(ModelsProperties properties, ObjectMapper json, ModelAudit audit) {
        this.properties = properties;
        this.json = json;
        this.audit = audit;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        deploy(engine.getRepositoryService());
    }

    /** @return the new deployment, or null when the models are unchanged */
    Deployment deploy(RepositoryService repository) {
        ModelFiles models = ModelFiles.scan(properties.rootPath());
        Deployment latest = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (models.files().isEmpty()) {
            String message = "No models under " + models.root() + "/bpmn or " + models.root()
                    + "/forms; set ehcflow.models.root to the folder that holds them";
            if (latest == null) {
                throw new ModelDeploymentException(message);
            }
            LOG.warn("{}. Running on the models deployed before, deployment {}", message, latest.getId());
            return null;
        }
        if (models.files().stream().noneMatch(ModelDeployer::holdsAnExecutableProcess)) {
            throw new ModelDeploymentException("No executable process in " + models.root() + "/bpmn (found: "
                    + models.files().stream().map(ModelFiles.ModelFile::name).collect(Collectors.joining(", "))
                    + "); the journeys cannot start without them. Check that bpmn/ holds the .bpmn files, or where"
                    + " its link points");
        }
        checkForms(models);
        String source = SOURCE_PREFIX + models.fingerprint();
        if (latest != null && source.equals(latest.getSource())) {
            List<String> overtaken = overtakenProcesses(repository, latest, models);
            if (overtaken.isEmpty()) {
                LOG.info("Models under {} are unchanged since deployment {}", models.root(), latest.getId());
                return null;
            }
            LOG.warn("The folder's models are deployed again: a later deployment by another path (/engine-rest, say) is"
                    + " the latest version of {}, and the folder under {} is what the service runs", overtaken, models.root());
        }
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source(source);
        models.files().forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
        try {
            Deployment deployment = builder.deploy();
            LOG.info("Deployed {} models from {} as deployment {}", models.files().size(), models.root(), deployment.getId());
            return deployment;
        } catch (ParseException e) {
            String problems = e.getResorceReports().stream()
                    .flatMap(report -> report.getErrors().stream().map(error -> report.getResourceName()
                            + " line " + error.getLine() + ": " + error.getMessage()))
                    .collect(Collectors.joining("\n  "));
            throw new ModelDeploymentException("A model cannot be deployed:\n  " + problems, e);
        } catch (ProcessEngineException e) {
            throw new ModelDeploymentException("A model cannot be deployed: " + e.getMessage(), e);
        } finally {
            audit.recordPendingRefusal();
        }
    }

    /**
     * The folder's processes whose latest version is not the folder's last deployment: a designer deployed another
     * version meanwhile by another path. The folder is the journeys' source, so its version must be the latest.
     */
    private static List<String> overtakenProcesses(RepositoryService repository, Deployment folders, ModelFiles models) {
        Set<String> keys = new TreeSet<>();
        repository.createProcessDefinitionQuery().deploymentId(folders.getId()).list()
                .forEach(definition -> keys.add(definition.getKey()));
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> overtaken = new java.util.ArrayList<>(repository.createProcessDefinitionQuery()
                .processDefinitionKeysIn(keys.toArray(String[]::new)).latestVersion().list().stream()
                .filter(definition -> !folders.getId().equals(definition.getDeploymentId()))
                .map(ProcessDefinition::getKey).sorted().toList());
        overtaken.addAll(overtakenForms(repository, folders));
        return overtaken;
    }

    /** The same for forms: a form deployed since by another path is the latest a process bound to "latest" would show. */
    private static List<String> overtakenForms(RepositoryService repository, Deployment folders) {
        return ((ServiceImpl) repository).getCommandExecutor().execute(context -> {
            CamundaFormDefinitionManager forms = context.getCamundaFormDefinitionManager();
            return forms.findDefinitionsByDeploymentId(folders.getId()).stream()
                    .map(form -> forms.findLatestDefinitionByKey(form.getKey()))
                    .filter(latest -> latest != null && !folders.getId().equals(latest.getDeploymentId()))
                    .map(latest -> "form " + latest.getKey()).sorted().toList();
        });
    }

    private static boolean holdsAnExecutableProcess(ModelFiles.ModelFile file) {
        if (!file.name().endsWith(".bpmn")) {
            return false;
        }
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()))
                    .getModelElementsByType(Process.class).stream().anyMatch(Process::isExecutable);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private void checkForms(ModelFiles models) {
        Map<String, String> fileById = new HashMap<>();
        models.files().stream().filter(file -> file.name().endsWith(".form")).forEach(form -> {
            String id = FormCheck.check(form, json);
            String other = fileById.putIfAbsent(id, form.name());
            if (other != null) {
                throw new ModelDeploymentException(form.name() + " and " + other + " both have the form id \"" + id + "\"");
            }
        });
    }
}
