package org.ehcflow.partner;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.PlausibleDates;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advice sent by a partner's own system: it completes the "Provide advice" task of the case's waiting request of
 * that kind, exactly as the partner's adviser would in Tasklist.
 */
@Service
class AdviceSubmissions {

    static final String ADVICE_PROCESS = "advice-request";
    static final String PROVIDE_ADVICE = "Task_ProvideAdvice";

    record Submission(LocalDate receivedOn, String document, String author) {
    }

    private final TaskService tasks;
    private final EngineAsSystem engine;

    AdviceSubmissions(TaskService tasks, EngineAsSystem engine) {
        this.tasks = tasks;
        this.engine = engine;
    }

    @Transactional
    void submit(String caseReference, AdviceKind kind, Submission advice, String submittedBy) {
        LocalDate receivedOn = advice.receivedOn() == null ? Today.inLondon() : advice.receivedOn();
        PlausibleDates.clockStart("receivedOn", receivedOn);
        if (receivedOn.isAfter(Today.inLondon())) {
            throw new InvalidFieldException("receivedOn", "receivedOn " + receivedOn + " is in the future");
        }
        requireText("document", advice.document(), 2000);
        requireText("author", advice.author(), 200);
        Task waiting = engine.call(() -> tasks.createTaskQuery()
                .processDefinitionKey(ADVICE_PROCESS).taskDefinitionKey(PROVIDE_ADVICE)
                .processInstanceBusinessKey(caseReference)
                .processVariableValueEquals("adviceKind", kind.name())
                .singleResult());
        if (waiting == null) {
            throw new ConflictException("Case " + caseReference + " has no request for " + kind.words()
                    + " advice waiting for an answer");
        }
        engine.run(() -> tasks.complete(waiting.getId(), Map.of(
                "adviceReceivedOn", receivedOn.toString(),
                "adviceDocument", advice.document().strip(),
                "adviceAuthor", advice.author().strip(),
                "adviceSubmittedBy", submittedBy)));
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, field + " is longer than " + maxLength + " characters");
        }
    }
}
