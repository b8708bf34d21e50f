package org.ehcflow.system.enginerest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.ehcflow.system.ConflictException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * A journey's start refused as its /api endpoint refuses it (a child whose needs assessment is already in progress)
 * is 409 naming the case there too, instead of Camunda's 500.
 */
abstract class RefusedConflictMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    @Override
    public boolean isMappable(E exception) {
        return Causes.find(exception, ConflictException.class) != null;
    }

    @Override
    public Response toResponse(E exception) {
        ConflictException conflict = Causes.find(exception, ConflictException.class);
        Map<String, Object> properties = new LinkedHashMap<>(conflict.properties());
        return EngineRestProblem.of(Response.Status.CONFLICT, "ConflictException", "Already in hand", conflict.getMessage(),
                properties);
    }

    @Priority(Priorities.USER - 1000)
    public static class InRestException extends RefusedConflictMapper<RestException> {
    }

    @Priority(Priorities.USER - 1000)
    public static class InEngineException extends RefusedConflictMapper<ProcessEngineException> {
    }

    @Priority(Priorities.USER - 1000)
    public static class AsThrown extends RefusedConflictMapper<ConflictException> {
    }
}
