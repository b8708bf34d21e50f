package org.ehcflow.system.enginerest;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.ehcflow.system.InvalidFieldException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * A value a journey's step refuses (a form's date outside the clocks' range, a meeting without two weeks' notice)
 * reaches /engine-rest as it is or wrapped in the engine's exceptions, which Camunda answers with 500. These answer
 * 400 problem details naming the field, as /api does. Jersey picks a mapper by the exception's own type, hence one
 * for each type the refusal may arrive in.
 */
abstract class RefusedFieldMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    @Override
    public boolean isMappable(E exception) {
        return refusal(exception) != null;
    }

    @Override
    public Response toResponse(E exception) {
        InvalidFieldException refused = refusal(exception);
        return EngineRestProblem.of(Response.Status.BAD_REQUEST, "InvalidRequestException", "Invalid request field",
                refused.getMessage(), Map.of("field", refused.field()));
    }

    private static InvalidFieldException refusal(Throwable exception) {
        return Causes.find(exception, InvalidFieldException.class);
    }

    /** Wrapped by Camunda's REST resources. */
    @Priority(Priorities.USER - 1000)
    public static class InRestException extends RefusedFieldMapper<RestException> {
    }

    /** Wrapped by the engine, around a listener's or delegate's refusal. */
    @Priority(Priorities.USER - 1000)
    public static class InEngineException extends RefusedFieldMapper<ProcessEngineException> {
    }

    /** As a journey's step threw it. */
    @Priority(Priorities.USER - 1000)
    public static class AsThrown extends RefusedFieldMapper<InvalidFieldException> {
    }
}
