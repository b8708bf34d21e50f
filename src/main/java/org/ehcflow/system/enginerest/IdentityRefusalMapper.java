package org.ehcflow.system.enginerest;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * A user, group or password Camunda's identity service refuses (created or changed through /engine-rest or Camunda
 * Admin) is 400 naming the field and saying what it needs, instead of Camunda's 500. Camunda has no exception type of
 * its own for these: they are known by its words.
 */
abstract class IdentityRefusalMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    private record Refusal(String camundasWords, String field, String title, String detail) {
    }

    private static final java.util.List<Refusal> REFUSALS = java.util.List.of(
            new Refusal("Password does not match policy", "password", "Password too weak", "The password is too weak:"
                    + " it needs at least 12 characters, must not hold the user's id, names or e-mail, and must not be a"
                    + " well-known password. Three random words make a good one."),
            new Refusal("is not a valid resource identifier", "id", "Identifier not allowed", "An id is letters and"
                    + " digits (a group's may join words with hyphens: case-officers); it cannot hold spaces, dots or"
                    + " other signs."));

    @Override
    public boolean isMappable(E exception) {
        return refusal(exception).isPresent();
    }

    @Override
    public Response toResponse(E exception) {
        Refusal refusal = refusal(exception).orElseThrow();
        return EngineRestProblem.of(Response.Status.BAD_REQUEST, "InvalidRequestException", refusal.title(),
                refusal.detail(), Map.of("field", refusal.field()));
    }

    private static Optional<Refusal> refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException && cause.getMessage() != null) {
                String message = cause.getMessage();
                Optional<Refusal> known = REFUSALS.stream().filter(r -> message.contains(r.camundasWords())).findFirst();
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    @Priority(Priorities.USER - 1000)
    public static class InRestException extends IdentityRefusalMapper<RestException> {
    }

    @Priority(Priorities.USER - 1000)
    public static class InEngineException extends IdentityRefusalMapper<ProcessEngineException> {
    }
}
