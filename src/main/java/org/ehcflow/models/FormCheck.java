package org.ehcflow.models;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine stores .form files without reading them, so a broken form would only show as a blank task in
 * Tasklist. This check reads each one at start-up instead.
 */
final class FormCheck {

    /** Tasklist 7.24 renders with a form-js that reads schema versions up to 16. */
    static final int NEWEST_SCHEMA_VERSION = 16;

    private FormCheck() {
    }

    /** @return the form's id, the name user tasks refer to it by */
    static String check(ModelFiles.ModelFile form, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(form.content());
        } catch (IOException e) {
            throw new ModelDeploymentException(form.name() + " is not valid JSON: " + e.getMessage());
        }
        String id = root.path("id").asText("");
        if (id.isBlank()) {
            throw new ModelDeploymentException(form.name() + " has no \"id\"; user tasks refer to a form by its id");
        }
        if (!root.path("components").isArray()) {
            throw new ModelDeploymentException(form.name() + " has no \"components\" list");
        }
        int schemaVersion = root.path("schemaVersion").asInt(0);
        if (schemaVersion > NEWEST_SCHEMA_VERSION) {
            throw new ModelDeploymentException(form.name() + " has schemaVersion " + schemaVersion
                    + "; Tasklist 7.24 reads up to " + NEWEST_SCHEMA_VERSION + " (save it for Camunda Platform 7.24)");
        }
        return id;
    }
}
