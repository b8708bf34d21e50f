package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The timers of a process instance in tests, where the job executor is off. */
public final class TestTimers {

    private TestTimers() {
    }

    /** The one timer job of {@code activityId} in the instance; fails if there is none. */
    public static Job job(ManagementService management, ProcessInstance instance, String activityId) {
        Job timer = management.createJobQuery().timers().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        return timer;
    }

    /** Checks the timer is due at {@code moment} (UTC), moves the engine's clock there and fires it. */
    public static void fire(ManagementService management, ProcessInstance instance, String activityId, String moment) {
        Job timer = job(management, instance, activityId);
        assertThat(timer.getDuedate()).isEqualTo(TestClock.at(moment));
        ClockUtil.setCurrentTime(TestClock.at(moment));
        management.executeJob(timer.getId());
    }
}
