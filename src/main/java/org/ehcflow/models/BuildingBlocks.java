package org.ehcflow.models;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.ehcflow.appeal.AppealableDecision;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.notification.NoticePlaceholders;
import org.ehcflow.notification.RecipientRole;

/**
 * The product's building blocks, as the element templates in element-templates/ offer them in Camunda Modeler: an
 * element marked {@code ehcflow.block} with its few choices (a deadline key, a notice and its recipients, an
 * appealable decision) is completed at deployment with exactly the expressions, timers and retries the hand-written
 * journeys use, so that a designer adds a statutory clock, its warning and its breach without typing an expression.
 * Camunda 7's element templates cannot set a timer's date, nor compose a listener's expression from a choice; this
 * does both. The deployed model carries the completed elements, so Cockpit shows what runs.
 */
final class BuildingBlocks {

    /** The blocks, by the value of the {@code ehcflow.block} property the element templates set. */
    enum Block {
        START_CLOCK("start-clock"), DEADLINE_WARNING("deadline-warning"), WARN_DUE_SOON("warn-due-soon"),
        DEADLINE_BREACH("deadline-breach"), ESCALATE_BREACH("escalate-breach"), MARK_MET("mark-met"),
        NOTIFY("notify"), REQUEST_ADVICE("request-advice"), WATCH_APPEAL("watch-appeal");

        final String property;

        Block(String property) {
            this.property = property;
        }

        static Block named(String property) {
            return Arrays.stream(values()).filter(b -> b.property.equals(property)).findFirst().orElse(null);
        }
    }

    static final String BLOCK = "ehcflow.block";
    static final String CLOCK = "ehcflow.clock";
    static final String FROM = "ehcflow.from";
    static final String NOTICE = "ehcflow.notice";
    static final String RECIPIENTS = "ehcflow.recipients";
    static final String DECISION = "ehcflow.decision";
    static final String TODAY = "today";
    static final String RETRIES = "PT30S,PT2M,PT5M,PT15M,PT30M";
    private static final String BREACH_PRIORITY = "100";

    /** A model with its blocks completed, and what could not be completed. */
    record Expansion(byte[] content, boolean changed, List<ModelRules.Violation> violations) {
    }

    private BuildingBlocks() {
    }

    static Expansion expand(String file, byte[] content) {
        String xml = new String(content, StandardCharsets.UTF_8);
        if (!(file.endsWith(".bpmn") || file.endsWith(".bpmn20.xml")) || !xml.contains(BLOCK)) {
            return new Expansion(content, false, List.of());
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException unreadable) {
            return new Expansion(content, false, List.of());   // the engine's parse names the fault
        }
        List<ModelRules.Violation> violations = new ArrayList<>();
        boolean changed = false;
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            Map<String, String> properties = properties(element);
            if (!properties.containsKey(BLOCK)) {
                continue;
            }
            List<String> wrong = complete(model, element, properties);
            wrong.forEach(rule -> violations.add(new ModelRules.Violation(file, element.getId(), lineOf(xml, element.getId()), rule)));
            changed |= wrong.isEmpty();
        }
        return new Expansion(changed ? Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8) : content, changed,
                violations);
    }

    private static List<String> complete(BpmnModelInstance model, BaseElement element, Map<String, String> properties) {
        Block block = Block.named(properties.get(BLOCK));
        if (block == null) {
            return List.of("'" + properties.get(BLOCK) + "' is not a building block: use one of the element templates ("
                    + Arrays.stream(Block.values()).map(b -> b.property).collect(Collectors.joining(", ")) + ")");
        }
        List<String> wrong = new ArrayList<>(checkChoices(block, properties));
        wrong.addAll(checkElement(block, element));
        if (!wrong.isEmpty()) {
            return wrong;
        }
        String key = properties.get(CLOCK);
        switch (block) {
            case START_CLOCK -> {
                String from = properties.getOrDefault(FROM, TODAY).strip();
                listener(model, element, "start", TODAY.equals(from)
                        ? "${deadlines.openToday(execution, '" + key + "')}"
                        : "${deadlines.open(execution, '" + key + "', " + from + ")}");
            }
            case DEADLINE_WARNING -> timer(model, (CatchEvent) element, "${deadlines.warningAt(execution, '" + key + "')}");
            case DEADLINE_BREACH -> {
                timer(model, (CatchEvent) element, "${deadlines.breachAt(execution, '" + key + "')}");
                listener(model, element, "end", "${deadlines.breached(execution, '" + key + "')}");
                ((FlowNode) element).setCamundaJobPriority(BREACH_PRIORITY);
            }
            case MARK_MET -> listener(model, element, "end", "${deadlines.done(execution, '" + key + "')}");
            case WARN_DUE_SOON -> asyncTask(model, (ServiceTask) element,
                    "${notify.dueSoon(execution, '" + key + "', 'OFFICER,MANAGER')}");
            case ESCALATE_BREACH -> {
                asyncTask(model, (ServiceTask) element, "${deadlines.escalate(execution, '" + key + "')}");
                ((ServiceTask) element).setCamundaJobPriority(BREACH_PRIORITY);
            }
            case NOTIFY -> asyncTask(model, (ServiceTask) element, "${notify.send(execution, '" + properties.get(NOTICE)
                    + "', '" + recipients(properties) + "')}");
            case WATCH_APPEAL -> listener(model, element, "end", "${appeals.watch(execution, '" + properties.get(DECISION) + "')}");
            case REQUEST_ADVICE -> requestAdvice(model, (CallActivity) element, properties.getOrDefault(FROM, "requestDecidedOn").strip());
        }
        return List.of();
    }

    private static List<String> checkChoices(Block block, Map<String, String> properties) {
        List<String> wrong = new ArrayList<>();
        if (Set.of(Block.START_CLOCK, Block.DEADLINE_WARNING, Block.WARN_DUE_SOON, Block.DEADLINE_BREACH,
                Block.ESCALATE_BREACH, Block.MARK_MET).contains(block) && !isKey(properties.get(CLOCK))) {
            wrong.add("choose the statutory clock (" + CLOCK + "): '" + properties.get(CLOCK) + "' is not a deadline key");
        }
        String from = properties.get(FROM);
        if (from != null && !from.strip().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            wrong.add("'" + from + "' is not a variable holding the date to count from (" + FROM + "): write its name,"
                    + " such as requestReceived, or 'today'");
        }
        if (block == Block.NOTIFY) {
            String notice = properties.get(NOTICE);
            if (notice == null || !NoticePlaceholders.exists(notice)) {
                wrong.add("choose the notice (" + NOTICE + "): '" + notice + "' is not a notice template");
            }
            if (recipients(properties).isEmpty() || !Arrays.stream(recipients(properties).split(",")).allMatch(BuildingBlocks::isRole)) {
                wrong.add("'" + properties.get(RECIPIENTS) + "' are not recipients (" + RECIPIENTS + "): list them as "
                        + Arrays.stream(RecipientRole.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        if (block == Block.WATCH_APPEAL && Arrays.stream(AppealableDecision.values())
                .noneMatch(d -> d.name().equals(properties.get(DECISION)))) {
            wrong.add("choose the appealable decision (" + DECISION + "): '" + properties.get(DECISION) + "' is none of "
                    + Arrays.stream(AppealableDecision.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return wrong;
    }

    private static List<String> checkElement(Block block, BaseElement element) {
        boolean fits = switch (block) {
            case DEADLINE_WARNING, DEADLINE_BREACH -> element instanceof CatchEvent
                    && ((CatchEvent) element).getEventDefinitions().stream().allMatch(d -> d instanceof TimerEventDefinition);
            case WARN_DUE_SOON, ESCALATE_BREACH, NOTIFY -> element instanceof ServiceTask;
            case REQUEST_ADVICE -> element instanceof CallActivity;
            default -> element instanceof FlowNode;
        };
        return fits ? List.of() : List.of("the block '" + block.property + "' does not fit a " + element.getElementType()
                .getTypeName() + ": apply its element template to " + switch (block) {
                    case DEADLINE_WARNING, DEADLINE_BREACH -> "a timer event (boundary or intermediate)";
                    case WARN_DUE_SOON, ESCALATE_BREACH, NOTIFY -> "a service task";
                    case REQUEST_ADVICE -> "a call activity";
                    default -> "a task or an event";
                });
    }

    private static void timer(BpmnModelInstance model, CatchEvent event, String date) {
        TimerEventDefinition timer = event.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast).findFirst().orElse(null);
        if (timer == null) {
            timer = model.newInstance(TimerEventDefinition.class);
            event.getEventDefinitions().add(timer);
        }
        if (timer.getTimeDuration() != null) {
            timer.removeChildElement(timer.getTimeDuration());
        }
        if (timer.getTimeCycle() != null) {
            timer.removeChildElement(timer.getTimeCycle());
        }
        TimeDate timeDate = model.newInstance(TimeDate.class);
        timeDate.setTextContent(date);
        timer.setTimeDate(timeDate);
        if (event instanceof BoundaryEvent boundary) {
            boundary.setCancelActivity(false);
        }
    }

    private static void listener(BpmnModelInstance model, BaseElement element, String event, String expression) {
        ExtensionElements extensions = extensions(element);
        boolean present = extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
                .anyMatch(l -> event.equals(l.getCamundaEvent()) && expression.equals(l.getCamundaExpression()));
        if (!present) {
            CamundaExecutionListener listener = model.newInstance(CamundaExecutionListener.class);
            listener.setCamundaEvent(event);
            listener.setCamundaExpression(expression);
            extensions.addChildElement(listener);
        }
    }

    private static void asyncTask(BpmnModelInstance model, ServiceTask task, String expression) {
        task.setCamundaExpression(expression);
        task.setCamundaAsyncBefore(true);
        ExtensionElements extensions = extensions(task);
        if (extensions.getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).count() == 0) {
            CamundaFailedJobRetryTimeCycle retries = model.newInstance(CamundaFailedJobRetryTimeCycle.class);
            retries.setTextContent(RETRIES);
            extensions.addChildElement(retries);
        }
    }

    /** Every advice the case needs, one advice-request journey each, counted from {@code from}. */
    private static void requestAdvice(BpmnModelInstance model, CallActivity call, String from) {
        call.setCalledElement("advice-request");
        ExtensionElements extensions = extensions(call);
        extensions.getElementsQuery().filterByType(CamundaIn.class).list().forEach(extensions::removeChildElement);
        CamundaIn businessKey = model.newInstance(CamundaIn.class);
        businessKey.setCamundaBusinessKey("#{execution.processBusinessKey}");
        extensions.addChildElement(businessKey);
        for (String variable : List.of("adviceKind", "otherAdviserName", "otherAdviserEmail")) {
            CamundaIn in = model.newInstance(CamundaIn.class);
            in.setCamundaSource(variable);
            in.setCamundaTarget(variable);
            extensions.addChildElement(in);
        }
        CamundaIn requestedOn = model.newInstance(CamundaIn.class);
        requestedOn.setCamundaSourceExpression("${" + from + "}");
        requestedOn.setCamundaTarget("adviceRequestedOn");
        extensions.addChildElement(requestedOn);
        MultiInstanceLoopCharacteristics each = model.newInstance(MultiInstanceLoopCharacteristics.class);
        each.setCamundaCollection("${advice.kindsToRequest(execution)}");
        each.setCamundaElementVariable("adviceKind");
        call.setLoopCharacteristics(each);
    }

    private static ExtensionElements extensions(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            extensions = element.getModelInstance().newInstance(ExtensionElements.class);
            element.setExtensionElements(extensions);
        }
        return extensions;
    }

    private static Map<String, String> properties(BaseElement element) {
        Map<String, String> properties = new HashMap<>();
        if (element.getExtensionElements() != null) {
            for (CamundaProperties group : element.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty property : group.getCamundaProperties()) {
                    if (property.getCamundaName() != null && property.getCamundaValue() != null) {
                        properties.put(property.getCamundaName(), property.getCamundaValue());
                    }
                }
            }
        }
        return properties;
    }

    private static String recipients(Map<String, String> properties) {
        String recipients = properties.getOrDefault(RECIPIENTS, "");
        return Arrays.stream(recipients.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.joining(","));
    }

    private static boolean isKey(String name) {
        return name != null && Arrays.stream(DeadlineKey.values()).anyMatch(k -> k.name().equals(name));
    }

    private static boolean isRole(String name) {
        return Arrays.stream(RecipientRole.values()).anyMatch(r -> r.name().equals(name));
    }

    private static int lineOf(String xml, String id) {
        int at = id == null ? -1 : xml.indexOf("id=\"" + id + "\"");
        return at < 0 ? 1 : (int) xml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
