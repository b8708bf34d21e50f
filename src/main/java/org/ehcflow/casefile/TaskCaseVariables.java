package org.ehcflow.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.system.EveryUserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's list shows whose task it is and when it is due: each task is created holding the case reference, the
 * child's name and its statutory due date in words as task variables ({@value #CASE_REFERENCE}, {@value #CHILD_NAME},
 * {@value #DUE_ON}), which the shared filters show on every task card.
 * They are the task's own, so whoever may see the task (a partner's group included) sees them, with no right to read
 * the journey's other variables. Only the reference and the name are copied out of the case record.
 */
@Component
@Order(42)
class TaskCaseVariables extends AbstractCamundaConfiguration {

    static final String CASE_REFERENCE = "caseReference";
    static final String CHILD_NAME = "childName";
    /** The due date as a letter writes it; it never changes (StatutoryDueDates), so a copy cannot go stale. */
    static final String DUE_ON = "dueOn";

    private final CaseRepository cases;

    TaskCaseVariables(@Lazy CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, this::nameTheCase);
    }

    private void nameTheCase(DelegateTask task) {
        if (task.getDueDate() != null) {
            task.setVariableLocal(DUE_ON, LetterDate.of(task.getDueDate().toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate()));
        }
        String reference = task.getExecution().getProcessBusinessKey();
        if (reference == null) {
            return;
        }
        cases.find(reference).ifPresent(c -> {
            task.setVariableLocal(CASE_REFERENCE, c.reference());
            task.setVariableLocal(CHILD_NAME, c.child().fullName());
        });
    }
}
