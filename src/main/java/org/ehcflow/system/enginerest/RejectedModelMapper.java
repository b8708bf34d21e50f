package org.ehcflow.system.enginerest;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.ehcflow.models.RejectedModelException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * A deployment the model rules refuse (a script, a call outside the product's facades, an unknown deadline key) is
 * 400 naming each file, element and rule, instead of the engine's 500.
 */
abstract class RejectedModelMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    @Override
    public boolean isMappable(E exception) {
        return rejection(exception) != null;
    }

    @Override
    public Response toResponse(E exception) {
        RejectedModelException rejected = rejection(exception);
        return EngineRestProblem.of(Response.Status.BAD_REQUEST, "InvalidRequestException", "Model refused",
                rejected.getMessage(), Map.of("violations", rejected.violations().stream().map(v -> Map.of(
                        "file", v.file(), "element", v.element(), "line", v.line(), "rule", v.rule())).toList()));
    }

    private static RejectedModelException rejection(Throwable exception) {
        return Causes.find(exception, RejectedModelException.class);
    }

    /** Wrapped by Camunda's deployment resource. */
    @Priority(Priorities.USER - 1000)
    public static class InRestException extends RejectedModelMapper<RestException> {
    }

    /** As the engine throws it. */
    @Priority(Priorities.USER - 1000)
    public static class InEngineException extends RejectedModelMapper<ProcessEngineException> {
    }
}
