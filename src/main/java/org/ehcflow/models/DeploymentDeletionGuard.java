package org.ehcflow.models;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.ehcflow.system.EngineCommandHooks;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No deployment is deleted while cases run on it, whoever asks and however (Cockpit, /engine-rest with
 * cascade=true, the Java API): a cascading delete would end every case on those versions and leave their statutory
 * clocks OPEN with no timer to breach them. Its cases are moved to a newer version first.
 */
@Component
@Order(45)
class DeploymentDeletionGuard extends AbstractCamundaConfiguration {

    private static final Field DEPLOYMENT_ID = EngineCommandHooks.field(DeleteDeploymentCmd.class, "deploymentId",
            "the deployment deletion guard");

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EngineCommandHooks.intercept(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof DeleteDeploymentCmd delete) {
                    String deploymentId = EngineCommandHooks.read(DEPLOYMENT_ID, delete);
                    return next.execute(context -> {
                        refuseWhileCasesRun(context, deploymentId);
                        return command.execute(context);
                    });
                }
                return next.execute(command);
            }
        });
    }

    private static void refuseWhileCasesRun(CommandContext context, String deploymentId) {
        if (!context.getAuthorizationManager().isAuthorized(Permissions.DELETE, Resources.DEPLOYMENT, deploymentId)) {
            return;   // the command refuses them itself, 403, before anything is said about the deployment's cases
        }
        long running = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getRuntimeService()
                .createProcessInstanceQuery().deploymentId(deploymentId).count());
        if (running > 0) {
            throw new RunningCasesException(deploymentId, running);
        }
    }
}
