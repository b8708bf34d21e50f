package org.ehcflow.system.enginerest;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.ehcflow.models.RunningCasesException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/** Deleting a deployment that still runs cases is 409 saying to move them first, instead of the engine's 500. */
abstract class RunningCasesMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    @Override
    public boolean isMappable(E exception) {
        return Causes.find(exception, RunningCasesException.class) != null;
    }

    @Override
    public Response toResponse(E exception) {
        return EngineRestProblem.of(Response.Status.CONFLICT, "RunningCasesException", "Cases still run on this deployment",
                Causes.find(exception, RunningCasesException.class).getMessage());
    }

    @Priority(Priorities.USER - 1000)
    public static class InRestException extends RunningCasesMapper<RestException> {
    }

    @Priority(Priorities.USER - 1000)
    public static class InEngineException extends RunningCasesMapper<ProcessEngineException> {
    }
}
