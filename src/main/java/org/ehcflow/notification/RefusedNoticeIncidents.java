package org.ehcflow.notification;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * A step whose notice the sending service refused for good ({@link NotificationRefusedException}: an address it will
 * not send to, a template or key to correct) becomes an incident at once, with the service's reason, instead of
 * being tried again for an hour first. Once the council has corrected it, "retry" in Cockpit sends it.
 */
@Component
class RefusedNoticeIncidents extends AbstractCamundaConfiguration {

    /** After init, so that it wraps whichever factory the starter and the engine settled on. */
    @Override
    public void postInit(SpringProcessEngineConfiguration configuration) {
        FailedJobCommandFactory retries = configuration.getFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, exception) -> {
            Command<Object> retry = retries.getCommand(jobId, exception);
            if (!refused(exception)) {
                return retry;
            }
            return context -> {
                Object result = retry.execute(context);
                JobEntity job = context.getJobManager().findJobById(jobId);
                if (job != null && job.getRetries() > 0) {
                    job.setRetries(0);   // the incident, with the job's exception message
                }
                return result;
            };
        });
    }

    private static boolean refused(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotificationRefusedException) {
                return true;
            }
        }
        return false;
    }
}
