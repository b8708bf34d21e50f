package org.ehcflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The idempotency key of a step: the id of the job running it, which stays the same through every retry of that
 * job and differs for the next time the process reaches the step. (Engine-internal API, kept to this one class.)
 */
final class JobIdempotency {

    private JobIdempotency() {
    }

    static String keyOf(DelegateExecution execution) {
        CommandContext command = Context.getCommandContext();
        JobEntity job = command == null ? null : command.getCurrentJob();
        if (job == null) {
            throw new IllegalStateException("Step " + execution.getCurrentActivityId() + " of "
                    + execution.getProcessDefinitionId() + " sends a notification but is not asynchronous;"
                    + " mark it camunda:asyncBefore=\"true\" so a failed send is retried rather than lost");
        }
        return "job:" + job.getId();
    }
}
