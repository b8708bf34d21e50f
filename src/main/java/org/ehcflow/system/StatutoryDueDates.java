package org.ehcflow.system;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.StatutoryCalendar;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A task's due date is the statutory deadline its step serves, set by the journey from the law's counting. Nobody
 * changes or clears it by hand (in Tasklist, through /engine-rest or the Java API): a clock the law fixes cannot be
 * moved by editing a task, and a missed one is answered by the breach task's recovery plan.
 */
@Component
@Order(41)
class StatutoryDueDates extends AbstractCamundaConfiguration {

    static final String DUE_DATE = "dueDate";

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EveryUserTask.listen(configuration, TaskListener.EVENTNAME_UPDATE, StatutoryDueDates::keepDueDate);
    }

    private static void keepDueDate(DelegateTask task) {
        var changes = ((TaskEntity) task).getPropertyChanges();
        var change = changes == null ? null : changes.get(DUE_DATE);
        if (change == null || !(change.getOrgValue() instanceof Date statutory) || statutory.equals(change.getNewValue())) {
            return;
        }
        throw new InvalidFieldException("due", "The due date of '" + task.getName() + "' is the statutory deadline it serves ("
                + LetterDate.of(statutory.toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate())
                + ") and cannot be changed or cleared. A missed deadline is answered by the recovery plan on its breach task.");
    }
}
