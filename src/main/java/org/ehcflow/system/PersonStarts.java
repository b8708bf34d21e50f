package org.ehcflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A journey a person starts by their own request (Tasklist's Start process, /engine-rest's start, submit-form or
 * message endpoints) starts at its start form and carries only that form's fields, whatever the path. Journeys the
 * product starts itself (from /api, a job, or a step of another journey) are not affected. Each journey's own start
 * listener then applies its /api checks; {@link #person()} tells it who asked. Administrators, who hold Camunda's whole
 * API to repair a journey, are not held to this.
 * <ul>
 *   <li>start instructions (starting inside a journey, past its checks) are refused;</li>
 *   <li>a journey without a start form (annual review, a deadline breach, ...) cannot be started by hand, nor by
 *       correlating its start message;</li>
 *   <li>a variable that is not a field of the start form (a regime, an appeal id, ...) is refused, naming it.</li>
 * </ul>
 */
@Component
@Order(47)
public class PersonStarts extends AbstractCamundaConfiguration {

    private enum Way { START_FORM, OTHER }

    private record Start(String person, Way way) {
    }

    private static final String START_FORM = "ehcflow.startForm";
    /** Camunda's administrators repair with its whole API (a lost advice request started again, say): not checked. */
    private static final String ADMINISTRATORS = org.ehcflow.identity.Groups.ADMINS;
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
    private static final ThreadLocal<Start> CURRENT = new ThreadLocal<>();

    /** The person whose own request is starting a journey on this thread, if one is. */
    public static Optional<String> person() {
        return Optional.ofNullable(CURRENT.get()).map(Start::person);
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EngineCommandHooks.intercept(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                int depth = DEPTH.get();
                DEPTH.set(depth + 1);
                try {
                    if (depth == 0) {
                        noteAPersonsStart(command, configuration.getIdentityService().getCurrentAuthentication());
                    }
                    return next.execute(command);
                } finally {
                    DEPTH.set(depth);
                    if (depth == 0) {
                        CURRENT.remove();
                    }
                }
            }
        });
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                boolean plain = element.elements().stream().noneMatch(child -> child.getTagName().endsWith("EventDefinition"));
                if (scope instanceof ProcessDefinitionEntity && plain && form != null) {
                    activity.setProperty(START_FORM, form);
                }
            }

            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) PersonStarts::check);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private static void noteAPersonsStart(Command<?> command, Authentication who) {
        if (who == null || who.getUserId() == null
                || who.getGroupIds() != null && who.getGroupIds().contains(ADMINISTRATORS)) {
            return;
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            throw new InvalidFieldException("startInstructions", "A journey starts at its start event, where its checks"
                    + " are made: start instructions are not accepted.");
        }
        if (command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd) {
            CURRENT.set(new Start(who.getUserId(), Way.START_FORM));
        } else if (command instanceof AbstractCorrelateMessageCmd) {
            CURRENT.set(new Start(who.getUserId(), Way.OTHER));
        }
    }

    private static void check(DelegateExecution execution) {
        Start start = CURRENT.get();
        if (start == null || !execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        ProcessDefinitionEntity process = ((ExecutionEntity) execution).getProcessDefinition();
        String form = process.getInitial() == null ? null : (String) process.getInitial().getProperty(START_FORM);
        if (start.way() != Way.START_FORM || form == null) {
            throw new InvalidFieldException("processDefinition", "\"" + (process.getName() == null ? process.getKey()
                    : process.getName()) + "\" is started by EHC Flow itself, not by hand.");
        }
        JsonNode deployed = DeployedForms.read(process.getDeploymentId(), form);
        Set<String> fields = deployed == null ? Set.of() : DeployedForms.fieldKeys(deployed);
        for (String variable : execution.getVariableNames()) {
            if (!fields.contains(variable)) {
                throw new InvalidFieldException(variable, variable + " is not a field of the start form \"" + form
                        + "\": a journey started by hand takes only its form's fields (" + String.join(", ", fields) + ").");
            }
        }
    }
}
