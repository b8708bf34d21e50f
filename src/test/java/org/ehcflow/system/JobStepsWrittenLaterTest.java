package org.ehcflow.system;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor (PacedJobExecutor) runs its jobs' steps as work whose commits may wait for the embedded file's
 * next write; a step run in the caller's thread, as a request's is, may not. (Its acquisition's own commits are
 * wrapped the same way, which no test observes.)
 */
class JobStepsWrittenLaterTest {

    private static final BlockingQueue<Boolean> STEPS = new LinkedBlockingQueue<>();

    /** Records whether the step it is runs as {@link EmbeddedFileWrites#writtenLater} work. */
    public static class Probe implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            STEPS.add(EmbeddedFileWrites.inJobStep());
        }
    }

    @Test
    void aStepTheJobExecutorRunsMayBeWrittenLaterAndOneRunByItsCallerMayNot() throws InterruptedException {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();   // Spring's defaults: unbounded threads and queue
        pool.initialize();
        // A name of its own: engines are registered by name for the whole JVM, and closing one called "default"
        // would unregister the shared test context's engine, which the REST API and the webapps look up by name.
        String name = "job-steps-" + UUID.randomUUID();
        ProcessEngine engine = new StandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .setJobExecutor(PacedJobExecutor.jobExecutor(pool, new CamundaBpmProperties()))
                .setJobExecutorActivate(true)
                .buildProcessEngine();
        try {
            // The app refuses Java classes in a deployment; this engine is the job executor's alone.
            engine.getRepositoryService().createDeployment()
                    .addModelInstance("probe-in-a-job.bpmn", probe("probe-in-a-job", true))
                    .addModelInstance("probe-in-the-caller.bpmn", probe("probe-in-the-caller", false))
                    .deploy();

            engine.getRuntimeService().startProcessInstanceByKey("probe-in-the-caller");
            assertThat(STEPS.poll()).as("run in the caller's thread").isFalse();

            engine.getRuntimeService().startProcessInstanceByKey("probe-in-a-job");
            assertThat(STEPS.poll(60, SECONDS)).as("run by the job executor").isTrue();
        } finally {
            engine.close();
            pool.shutdown();
        }
    }

    private static BpmnModelInstance probe(String key, boolean inAJob) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask().camundaAsyncBefore(inAJob).camundaClass(Probe.class.getName())
                .endEvent()
                .done();
    }
}
