package org.ehcflow.system.enginerest;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * A password the policy refuses (a user created, or a password changed, through /engine-rest or Camunda Admin) is
 * 400 naming the field and saying what a password needs, instead of Camunda's 500 "Password does not match policy".
 */
abstract class WeakPasswordMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    /** Camunda's own words for the refusal: it has no exception type of its own. */
    static final String CAMUNDAS_MESSAGE = "Password does not match policy";
    static final String DETAIL = "The password is too weak: it needs at least 12 characters, must not hold the user's id,"
            + " names or e-mail, and must not be a well-known password. Three random words make a good one.";

    @Override
    public boolean isMappable(E exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException && CAMUNDAS_MESSAGE.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Response toResponse(E exception) {
        return EngineRestProblem.of(Response.Status.BAD_REQUEST, "InvalidRequestException", "Password too weak", DETAIL,
                Map.of("field", "password"));
    }

    @Priority(Priorities.USER - 1000)
    public static class InRestException extends WeakPasswordMapper<RestException> {
    }

    @Priority(Priorities.USER - 1000)
    public static class InEngineException extends WeakPasswordMapper<ProcessEngineException> {
    }
}
