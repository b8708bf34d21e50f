package org.ehcflow.system.enginerest;

import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * Completing a task someone else has just completed fails in the engine with "Cannot find task", which Camunda's REST
 * API answers with 500; this answers 404 problem details, saying the task was done or withdrawn meanwhile.
 */
@Priority(Priorities.USER - 1000)
public class GoneMeanwhileMapper implements ExtendedExceptionMapper<RestException> {

    static final String DETAIL = "It no longer exists: someone else completed it, or its case moved on, meanwhile."
            + " Reload to see what is there now.";

    @Override
    public boolean isMappable(RestException exception) {
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Response toResponse(RestException exception) {
        return EngineRestProblem.of(Response.Status.NOT_FOUND, "NotFoundException", "Gone meanwhile", DETAIL);
    }
}
