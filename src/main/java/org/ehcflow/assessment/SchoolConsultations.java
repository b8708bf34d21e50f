package org.ehcflow.assessment;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ehcflow.deadline.Today;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools consulted on a draft plan, by the name {@code consultations}. The parent's comments name the schools
 * ({@code ${consultations.plan(task)}}); the journey calls bpmn/school-consultation.bpmn once for each
 * ({@code ${consultations.toConsult(execution)}}), which learns its school with {@code ${consultations.describe(execution)}}.
 */
@Component("consultations")
@Transactional
public class SchoolConsultations {

    private final SchoolConsultationRepository repository;

    SchoolConsultations(SchoolConsultationRepository repository) {
        this.repository = repository;
    }

    /** From the comments form: the school the parent asked for and any other school the LA will consult. */
    public void plan(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        repository.add(reference, required(task, "preferredSchoolName"), optional(task, "preferredSchoolEmail"));
        String other = optional(task, "otherSchoolName");
        if (other != null) {
            repository.add(reference, other, optional(task, "otherSchoolEmail"));
        }
    }

    /** The ids of the consultations not yet sent, one call of the consultation process each. */
    public List<Long> toConsult(DelegateExecution execution) {
        return repository.notYetSent(execution.getProcessBusinessKey());
    }

    /** At the start of a consultation: its school becomes the step's recipient, and it counts as sent today. */
    public void describe(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("consultationId")).longValue();
        SchoolConsultationRepository.Consultation consultation = repository.find(id)
                .orElseThrow(() -> new IllegalStateException("No school consultation " + id));
        execution.setVariable("consultedSchoolName", consultation.schoolName());
        execution.setVariable("consultedSchoolEmail", consultation.schoolEmail());
        repository.markSent(id, Today.inLondon());
    }

    /** "Record the school's response" completed: {@code schoolResponse} and {@code schoolRespondedOn}. */
    public void responded(DelegateTask task) {
        long id = ((Number) task.getVariable("consultationId")).longValue();
        Object respondedOn = task.getVariable("schoolRespondedOn");
        repository.recordResponse(id, (String) task.getVariable("schoolResponse"),
                respondedOn == null ? Today.inLondon() : LocalDate.parse(respondedOn.toString().substring(0, 10)));
    }

    private static String required(DelegateTask task, String variable) {
        String value = optional(task, variable);
        if (value == null) {
            throw new IllegalArgumentException("The form must give " + variable);
        }
        return value;
    }

    private static String optional(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
