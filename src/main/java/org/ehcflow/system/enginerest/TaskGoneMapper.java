package org.ehcflow.system.enginerest;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/**
 * Of two people completing one task at the same moment, the later can be refused for want of permission: the
 * officer's permission on a task goes with the task, and the first completion removed both. That answer (403) would
 * tell them they may not do their own work; this answers 404 "gone meanwhile" when the task the refusal names no
 * longer exists, and leaves every other refusal to Camunda.
 */
@Priority(Priorities.USER - 1000)
public class TaskGoneMapper implements ExtendedExceptionMapper<AuthorizationException> {

    private static final String TASK = Resources.TASK.resourceName();

    @Override
    public boolean isMappable(AuthorizationException exception) {
        List<String> tasks = exception.getMissingAuthorizations().stream()
                .filter(missing -> TASK.equals(missing.getResourceType()) && missing.getResourceId() != null)
                .map(MissingAuthorization::getResourceId).distinct().toList();
        return tasks.size() == 1 && !exists(tasks.get(0));
    }

    @Override
    public Response toResponse(AuthorizationException exception) {
        return EngineRestProblem.of(Response.Status.NOT_FOUND, "NotFoundException", "Gone meanwhile", GoneMeanwhileMapper.DETAIL);
    }

    /** Whether the task is still there, looked up without the caller's authorization (which is what failed). */
    private static boolean exists(String taskId) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
        IdentityService identity = engine.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
