package org.ehcflow.models;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.ehcflow.retention.RetentionProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every new deployment has its {@link BuildingBlocks} completed and is then checked against {@link ModelRules} before
 * the engine deploys anything of it, whatever path
 * it came by: the folder at start-up, the Modeler's Deploy button (/engine-rest/deployment/create), the Java API.
 * A refused deployment stops with {@link RejectedModelException} naming each file, element and rule.
 */
@Component
@Order(44)
public class ModelValidation extends AbstractCamundaConfiguration {

    /** The beans models may call, by the names the journeys use; the README lists what each offers. */
    public static final List<String> FACADES = List.of("deadlines", "notify", "cases", "assessments", "registration",
            "consultations", "handover", "advice", "allocations", "handovers", "appeals", "mediation", "compliance",
            "reviews", "complaints");

    private final ApplicationContext context;
    private final ModelAudit audit;
    private final RetentionProperties retention;

    ModelValidation(ApplicationContext context, ModelAudit audit, RetentionProperties retention) {
        this.context = context;
        this.audit = audit;
        this.retention = retention;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this::check);
        configuration.setCustomPreDeployers(deployers);
        List<Deployer> after = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostDeployers());
        after.add(this::record);
        configuration.setCustomPostDeployers(after);
    }

    /** Every deployment made is recorded in the same transaction: who, by which path, which files. */
    private void record(DeploymentEntity deployment) {
        if (deployment.isNew()) {
            audit.deployed(deployment.getId(), deployment.getName(), deployment.getSource(), currentUser(),
                    deployment.getResources().keySet(), "kept every model rule (" + deployment.getResources().size()
                            + (deployment.getResources().size() == 1 ? " file" : " files") + " checked)");
        }
    }

    private static String currentUser() {
        CommandContext context = Context.getCommandContext();
        return context == null ? null : context.getAuthenticatedUserId();
    }

    private void check(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;   // a deployment already held, read again into the cache: it was checked when it came
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ModelRules.Violation> violations = new ArrayList<>();
        deployment.getResources().forEach((name, resource) -> {
            BuildingBlocks.Expansion expansion = BuildingBlocks.expand(name, resource.getBytes());
            if (expansion.changed()) {
                resource.setBytes(expansion.content());   // stored completed: Cockpit and every later parse read it so
            }
            violations.addAll(expansion.violations());
            files.put(name, expansion.content());
        });
        violations.addAll(rules().check(files));
        if (!violations.isEmpty()) {
            audit.refusedOnThisThread(deployment.getName(), deployment.getSource(), currentUser(), files.keySet(), violations);
            throw new RejectedModelException(violations);
        }
    }

    /** The rules, with each facade's published methods read from its class (without creating the bean). */
    public ModelRules rules() {
        Map<String, Set<String>> facades = new LinkedHashMap<>();
        for (String name : FACADES) {
            Class<?> type = context.getType(name);
            if (type != null) {
                facades.put(name, publishedMethods(ClassUtils.getUserClass(type)));
            }
        }
        return new ModelRules(facades, retention.shortestJourneyHistoryDays());
    }

    static Set<String> publishedMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
