package org.ehcflow.system.enginerest;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * Camunda's REST API answers 500 when two people complete (or otherwise change) the same task at the same moment, as
 * it wraps the engine's OptimisticLockingException in a RestException of its own. This mapper, preferred to Camunda's
 * by its priority, answers such a clash with 409 problem details; every other RestException is left to Camunda's.
 */
@Priority(Priorities.USER - 1000)
public class ConcurrentChangeMapper implements ExtendedExceptionMapper<RestException> {

    static final String DETAIL = "Someone else changed this at the same moment, so your change was not made."
            + " Reload and look again before you repeat it.";

    @Override
    public boolean isMappable(RestException exception) {
        return causedByConcurrentChange(exception);
    }

    @Override
    public Response toResponse(RestException exception) {
        return conflict();
    }

    static boolean causedByConcurrentChange(Throwable exception) {
        return Causes.find(exception, OptimisticLockingException.class) != null;
    }

    static Response conflict() {
        return EngineRestProblem.of(Response.Status.CONFLICT, "OptimisticLockingException", "Changed at the same moment", DETAIL);
    }
}
