package org.ehcflow.system.enginerest;

import org.camunda.bpm.engine.OptimisticLockingException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The engine's own OptimisticLockingException, where Camunda's REST API lets it through unwrapped: 409, as above. */
public class OptimisticLockingMapper implements ExceptionMapper<OptimisticLockingException> {

    @Override
    public Response toResponse(OptimisticLockingException exception) {
        return ConcurrentChangeMapper.conflict();
    }
}
