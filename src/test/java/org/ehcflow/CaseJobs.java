package org.ehcflow;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Runs a case's jobs in tests, where the job executor is off: every job due by the engine's clock, in any process of the case. */
public final class CaseJobs {

    private CaseJobs() {
    }

    /** Until none is left; timers not yet due stay. */
    public static void runDue(RuntimeService runtime, ManagementService management, String caseReference) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
                    .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).executable().list().stream())
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs kept coming for case " + caseReference);
    }
}
