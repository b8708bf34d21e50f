package org.ehcflow.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineCounters;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRegime;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.Today;
import org.springframework.stereotype.Component;

/**
 * Notifications as BPMN sends them, by the name {@code notify}, from an asynchronous service task:
 * <pre>  ${notify.send(execution, 'advice-requested', 'HEALTH')}   ${notify.send(execution, 'advice-overdue', 'OFFICER,MANAGER')}</pre>
 * Templates may use the case's fields, the process's simple variables by name, and {due.KEY}: the due date of
 * the case's newest clock of each key, written as "25 May 2026" (under a Tribunal order or concession, a usual key
 * gives the date of the clock that replaces it).
 */
@Component("notify")
public class ProcessNotifications {

    private final NotificationService notifications;
    private final DeadlineRepository deadlines;
    private final NotificationTemplates templates;
    private final DeadlineCounters counters;

    ProcessNotifications(NotificationService notifications, DeadlineRepository deadlines, NotificationTemplates templates,
                         DeadlineCounters counters) {
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.templates = templates;
        this.counters = counters;
    }

    /**
     * Sends {@code template}'s notice, or, on a journey run on the Tribunal's terms, its wording for that regime where
     * there is one ({template}-under-{regime}, e.g. request-being-considered-under-order-to-assess): the family is told
     * what the Tribunal required, not that their request is being considered again.
     */
    public void send(DelegateExecution execution, String template, String roles) {
        send(execution, underRegime(execution, template), roles, values(execution, execution.getProcessBusinessKey()));
    }

    private String underRegime(DelegateExecution execution, String template) {
        return DeadlineRegime.named(execution.getVariable(DeadlineRegime.VARIABLE))
                .map(regime -> template + "-under-" + regime.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .filter(templates::exists)
                .orElse(template);
    }

    /**
     * Warns that the case's clock of {@code key} falls due soon, in the words of template deadline-due-soon: what must
     * be done ({deadlineRequirement}), by when ({deadlineDueOn}) and under which rule ({deadlineSource}). Only for a
     * clock still ahead: a request entered after its dates passed gets the breach notices, not a warning of a day gone.
     */
    public void dueSoon(DelegateExecution execution, String key, String roles) {
        DeadlineKey deadlineKey = DeadlineRegime.keptFor(execution.getVariable(DeadlineRegime.VARIABLE), DeadlineKey.valueOf(key));
        boolean ahead = deadlines.findLatest(execution.getProcessBusinessKey(), deadlineKey)
                .filter(d -> d.status() == Deadline.Status.OPEN && !d.dueDate().isBefore(Today.inLondon()))
                .isPresent();
        if (!ahead) {
            return;
        }
        Map<String, String> values = values(execution, execution.getProcessBusinessKey());
        values.put("deadlineRequirement", deadlineKey.requirement());
        values.put("deadlineSource", deadlineKey.source());
        values.put("deadlineDueOn", values.get("due." + deadlineKey));
        send(execution, "deadline-due-soon", roles, values);
        counters.warned(deadlineKey);
    }

    /**
     * As {@link #send}, with values the caller worked out beside the process's own: a list too long to be a process
     * variable, say. From an asynchronous service task.
     */
    public void sendWith(DelegateExecution execution, String template, String roles, Map<String, String> extra) {
        Map<String, String> values = values(execution, execution.getProcessBusinessKey());
        values.putAll(extra);
        send(execution, template, roles, values);
    }

    private void send(DelegateExecution execution, String template, String roles, Map<String, String> values) {
        String key = JobIdempotency.keyOf(execution);
        String caseReference = execution.getProcessBusinessKey();
        for (String role : roles.split(",")) {
            notifications.send(caseReference, RecipientRole.valueOf(role.strip()), template, values, key);
        }
    }

    private Map<String, String> values(DelegateExecution execution, String caseReference) {
        Map<String, String> values = new HashMap<>();
        execution.getVariables().forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                values.put(name, value.toString());
            }
        });
        for (Deadline deadline : deadlines.forCase(caseReference)) {
            values.put("due." + deadline.key(), LetterDate.of(deadline.dueDate()));
        }
        DeadlineRegime.named(execution.getVariable(DeadlineRegime.VARIABLE)).ifPresent(regime -> regime.replacements()
                .forEach((usual, replacement) -> {
                    if (values.containsKey("due." + replacement)) {
                        values.put("due." + usual, values.get("due." + replacement));
                    }
                }));
        return values;
    }
}
