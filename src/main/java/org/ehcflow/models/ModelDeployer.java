package org.ehcflow.models;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
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
 * fingerprint as its source.
 */
@Component
@Order(50)
class ModelDeployer extends AbstractCamundaConfiguration {

    static final String DEPLOYMENT_NAME = "ehc-flow-models";
    private static final String SOURCE_PREFIX = "ehcflow-models:";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final ModelsProperties properties;
    private final ObjectMapper json;

    ModelDeployer(ModelsProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
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
            LOG.info("Models under {} are unchanged since deployment {}", models.root(), latest.getId());
            return null;
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
        }
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
