package org.ehcflow.models;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
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

    private static final Field DEPLOYMENT_ID = deploymentIdField();

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof DeleteDeploymentCmd delete) {
                    String deploymentId = deploymentIdOf(delete);
                    return next.execute(context -> {
                        refuseWhileCasesRun(context, deploymentId);
                        return command.execute(context);
                    });
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
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

    private static String deploymentIdOf(DeleteDeploymentCmd command) {
        try {
            return (String) DEPLOYMENT_ID.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Camunda's DeleteDeploymentCmd no longer holds deploymentId", e);
        }
    }

    private static Field deploymentIdField() {
        try {
            Field field = DeleteDeploymentCmd.class.getDeclaredField("deploymentId");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's DeleteDeploymentCmd no longer holds deploymentId: check the"
                    + " deletion guard against this Camunda version", e);
        }
    }
}
