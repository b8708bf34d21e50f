package org.ehcflow.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Camunda Form as deployed with a process, read within the engine's command: its JSON and its fields. */
public final class DeployedForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployedForms() {
    }

    /** The form {@code formId} of the deployment, or null when it holds none by that id. */
    public static JsonNode read(String deploymentId, String formId) {
        CommandContext command = Context.getCommandContext();
        CamundaFormDefinitionEntity form = command.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formId);
        if (form == null) {
            return null;
        }
        ResourceEntity resource = command.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, form.getResourceName());
        try {
            return JSON.readTree(resource.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every component of the form, groups' components included. */
    public static void eachComponent(JsonNode form, Consumer<JsonNode> action) {
        for (JsonNode component : form.path("components")) {
            action.accept(component);
            eachComponent(component, action);
        }
    }

    /** The keys of the form's fields: the variables submitting it can set. */
    public static Set<String> fieldKeys(JsonNode form) {
        Set<String> keys = new LinkedHashSet<>();
        eachComponent(form, component -> {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
        });
        return keys;
    }
}
