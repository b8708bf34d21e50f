package org.ehcflow.assessment;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRegistration;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A request for an assessment from another system: the case is opened and its journey started, or neither. */
@Service
public class AssessmentRequests {

    private final CaseRegistration registration;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    AssessmentRequests(CaseRegistration registration, RuntimeService runtime, EngineAsSystem engine) {
        this.registration = registration;
        this.runtime = runtime;
        this.engine = engine;
    }

    /**
     * The case is written, its journey started, and only then is the allocation lock taken to name its officer: the
     * lock is held to the commit, so concurrent registrations wait for a few statements rather than for each other's
     * journey to start. Nothing of the journey reaches anyone before the commit (its first steps are asynchronous),
     * and a refusal under the lock (the child already in assessment) rolls the journey back with the case.
     */
    @Transactional
    public CaseRecord receive(NewCase request) {
        CaseRecord opened = registration.open(request);
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestReceived", opened.requestReceived().toString());
        registration.recentAssessmentBefore(opened)
                .ifPresent(completed -> variables.put("recentAssessmentCompletedOn", completed.toString()));
        engine.run(() -> runtime.startProcessInstanceByKey(NeedsAssessment.PROCESS, opened.reference(), variables));
        return registration.allocate(opened).caseRecord();
    }
}
