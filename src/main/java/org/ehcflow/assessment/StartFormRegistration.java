package org.ehcflow.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ehcflow.appeal.RequiredWork;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRegistration;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.casefile.NewCase;
import org.ehcflow.casefile.Sen2Details;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.PersonStarts;
import org.springframework.stereotype.Component;

/**
 * The journey's start listener, by the name {@code registration}. A journey started by {@code POST /api/cases}
 * already has its case; one started from Tasklist's start form (forms/request-assessment.form) gets it here, under
 * the same checks, and the personal details typed into the form leave the process variables for the case table.
 * A person starting it by hand (Tasklist, /engine-rest) cannot name an existing case: only the product starts a
 * journey for a case it holds (a Tribunal's order, say).
 */
@Component("registration")
public class StartFormRegistration {

    static final List<String> PERSONAL_FIELDS = List.of("childGivenName", "childFamilyName", "childDateOfBirth",
            "childUpn", "parentName", "parentEmail", "parentPhone", "schoolName", "schoolUrn", "schoolEmail", "requester",
            "childSex", "childEthnicity", "childPostcode", "primaryNeed", "requestSource");

    private final CaseRepository cases;
    private final CaseRegistration registration;

    StartFormRegistration(CaseRepository cases, CaseRegistration registration) {
        this.cases = cases;
        this.registration = registration;
    }

    public void ensureRegistered(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (reference != null && PersonStarts.person().isPresent()) {
            throw new InvalidFieldException("businessKey", "A request for assessment registers its own case: leave the"
                    + " business key empty. A child whose assessment is in progress is found by their details.");
        }
        if (reference != null && cases.exists(reference)) {
            requiredWork(execution).ifPresent(work -> cases.moveTo(reference,
                    work == RequiredWork.MAKE_PLAN ? CaseStage.DRAFTING_PLAN : CaseStage.CONSIDERING_REQUEST));
            return;
        }
        String schoolName = text(execution, "schoolName");
        NewCase request = new NewCase(
                new NewCase.Child(text(execution, "childGivenName"), text(execution, "childFamilyName"),
                        date(execution, "childDateOfBirth", "child.dateOfBirth"), text(execution, "childUpn")),
                date(execution, "requestReceived", "requestReceived"),
                requester(execution),
                new NewCase.Parent(text(execution, "parentName"), text(execution, "parentEmail"), text(execution, "parentPhone")),
                schoolName == null ? null
                        : new NewCase.School(schoolName, text(execution, "schoolUrn"), text(execution, "schoolEmail")),
                new Sen2Details(text(execution, "childSex"), text(execution, "childEthnicity"),
                        text(execution, "childPostcode"), null, null, text(execution, "primaryNeed"), null, null,
                        requestSource(execution)));
        CaseRegistration.Registered registered = registration.register(request);
        execution.setProcessBusinessKey(registered.caseRecord().reference());
        execution.removeVariables(PERSONAL_FIELDS);
        execution.setVariable("requestReceived", registered.caseRecord().requestReceived().toString());
        registered.recentAssessmentCompletedOn()
                .ifPresent(completed -> execution.setVariable("recentAssessmentCompletedOn", completed.toString()));
    }

    /**
     * The work a Tribunal order or a conceded appeal requires of this journey, if it runs on such terms: the case is
     * worked again, in the stage the work begins at, and counts on its officer's caseload.
     */
    private static java.util.Optional<RequiredWork> requiredWork(DelegateExecution execution) {
        String work = text(execution, "requiredWork");
        return work == null ? java.util.Optional.empty() : java.util.Optional.of(RequiredWork.valueOf(work));
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static LocalDate date(DelegateExecution execution, String variable, String field) {
        String value = text(execution, variable);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, field + " '" + value + "' is not a date written YYYY-MM-DD");
        }
    }

    private static Sen2Details.RequestSource requestSource(DelegateExecution execution) {
        String value = text(execution, "requestSource");
        if (value == null) {
            return null;
        }
        try {
            return Sen2Details.RequestSource.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("requestSource", "requestSource must be one of "
                    + Arrays.toString(Sen2Details.RequestSource.values()) + ", not " + value);
        }
    }

    private static CaseRecord.Requester requester(DelegateExecution execution) {
        String value = text(execution, "requester");
        if (value == null) {
            return null;
        }
        try {
            return CaseRecord.Requester.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("requester", "requester must be one of "
                    + Arrays.toString(CaseRecord.Requester.values()) + ", not " + value);
        }
    }
}
