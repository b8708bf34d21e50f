package org.ehcflow.system.enginerest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A problem-details answer of /engine-rest, with {@code type} and {@code message} as Camunda's own error answers
 * have them, which Camunda's webapps show to the user.
 */
final class EngineRestProblem {

    private EngineRestProblem() {
    }

    static Response of(Response.Status status, String camundaType, String title, String detail) {
        return of(status, camundaType, title, detail, Map.of());
    }

    /** With {@code properties} beside the standard members, such as the {@code field} at fault. */
    static Response of(Response.Status status, String camundaType, String title, String detail, Map<String, Object> properties) {
        Map<String, Object> problem = new LinkedHashMap<>(properties);
        problem.putAll(Map.of("type", camundaType, "title", title, "status", status.getStatusCode(),
                "detail", detail, "message", detail));
        return Response.status(status).type(MediaType.valueOf("application/problem+json")).entity(problem).build();
    }
}
