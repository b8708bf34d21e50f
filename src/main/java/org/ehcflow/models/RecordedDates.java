package org.ehcflow.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.DeployedForms;
import org.ehcflow.system.EveryUserTask;
import org.ehcflow.system.FormValues;
import org.ehcflow.system.InvalidFieldException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A date a form records must be one that can be right, however the task is completed (Tasklist, /engine-rest, the
 * Java API). The rule is written on the form's date field, as custom properties a designer sets in the Modeler:
 * <ul>
 *   <li>{@code recorded: done}: something that has happened; not after today;</li>
 *   <li>{@code recorded: ahead}: something being arranged; not before today;</li>
 *   <li>{@code notBefore: <variable>} with {@code notBeforeWhat: <words>}: not before the date that variable holds
 *       (views received before the request was, say).</li>
 * </ul>
 * A date that breaks its rule refuses the completion with a sentence naming the field, and nothing is recorded.
 */
@Component
@Order(43)
class RecordedDates extends AbstractCamundaConfiguration {

    record Rule(String field, String label, String recorded, String notBefore, String notBeforeWhat) {
    }

    /** Rules of each deployed form, by deployment and form id: a deployment never changes. */
    private final Map<String, List<Rule>> rulesByForm = new ConcurrentHashMap<>();

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, this::check);
    }

    private void check(DelegateTask task) {
        for (Rule rule : rulesOf((TaskEntity) task)) {
            LocalDate date = FormValues.date(task.getVariable(rule.field()), rule.field());
            if (date != null) {
                check(rule, date, task);
            }
        }
    }

    private static void check(Rule rule, LocalDate date, DelegateTask task) {
        LocalDate today = Today.inLondon();
        String what = rule.label() + " (" + LetterDate.of(date) + ")";
        if ("done".equals(rule.recorded()) && date.isAfter(today)) {
            throw new InvalidFieldException(rule.field(), what + " cannot be in the future: today is " + LetterDate.of(today) + ".");
        }
        if ("ahead".equals(rule.recorded()) && date.isBefore(today)) {
            throw new InvalidFieldException(rule.field(), what + " cannot be in the past: today is " + LetterDate.of(today) + ".");
        }
        if (rule.notBefore() != null) {
            LocalDate earliest = FormValues.date(task.getVariable(rule.notBefore()), rule.notBefore());
            if (earliest != null && date.isBefore(earliest)) {
                throw new InvalidFieldException(rule.field(), what + " cannot be before " + rule.notBeforeWhat()
                        + " (" + LetterDate.of(earliest) + ").");
            }
        }
    }

    private List<Rule> rulesOf(TaskEntity task) {
        if (task.getTaskDefinition() == null || task.getTaskDefinition().getCamundaFormDefinitionKey() == null
                || task.getProcessDefinition() == null) {
            return List.of();
        }
        String formId = task.getTaskDefinition().getCamundaFormDefinitionKey().getExpressionText();
        String deploymentId = task.getProcessDefinition().getDeploymentId();
        return rulesByForm.computeIfAbsent(deploymentId + "/" + formId, key -> read(deploymentId, formId));
    }

    private static List<Rule> read(String deploymentId, String formId) {
        JsonNode form = DeployedForms.read(deploymentId, formId);
        if (form == null) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        DeployedForms.eachComponent(form, component -> {
            JsonNode properties = component.path("properties");
            if ("datetime".equals(component.path("type").asText()) && !properties.isMissingNode()) {
                rules.add(new Rule(component.path("key").asText(), component.path("dateLabel").asText(component.path("key").asText()),
                        properties.path("recorded").asText(null), properties.path("notBefore").asText(null),
                        properties.path("notBeforeWhat").asText("the date it follows")));
            }
        });
        return List.copyOf(rules);
    }
}
