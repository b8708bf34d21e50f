package org.ehcflow.system;


import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A task completed by two people at the same moment (two Tasklist tabs, a double click, a retried call) is completed
 * once. Camunda reads the task and its execution at different moments, so the later completion could find the task
 * still there but the journey already moved on, and push the journey a step further than anyone chose (a decision
 * gateway then fails on a variable no one has set). Every user task's completion therefore first locks the task's
 * row in its own transaction: the later one waits, finds the row gone and is refused as a concurrent change (409).
 */
@Component
@Order(40)
class OneCompletionPerTask extends AbstractCamundaConfiguration {

    private final JdbcClient jdbc;

    OneCompletionPerTask(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, this::lockTask);
    }

    private void lockTask(DelegateTask task) {
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        boolean stillThere = !jdbc.sql("select ID_ from " + engine.getDatabaseTablePrefix() + "ACT_RU_TASK where ID_ = :id for update")
                .param("id", task.getId()).query(String.class).list().isEmpty();
        if (!stillThere) {
            throw new OptimisticLockingException("The task '" + task.getName() + "' was completed by someone else at the"
                    + " same moment");
        }
    }
}
