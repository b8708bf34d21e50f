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
class AssessmentRequests {

    private final CaseRegistration registration;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    AssessmentRequests(CaseRegistration registration, RuntimeService runtime, EngineAsSystem engine) {
        this.registration = registration;
        this.runtime = runtime;
        this.engine = engine;
    }

    @Transactional
    CaseRecord receive(NewCase request) {
        CaseRegistration.Registered registered = registration.register(request);
        CaseRecord c = registered.caseRecord();
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestReceived", c.requestReceived().toString());
        registered.recentAssessmentCompletedOn()
                .ifPresent(completed -> variables.put("recentAssessmentCompletedOn", completed.toString()));
        engine.run(() -> runtime.startProcessInstanceByKey(NeedsAssessment.PROCESS, c.reference(), variables));
        return c;
    }
}
