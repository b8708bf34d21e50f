package org.ehcflow.appeal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.system.ControlCharacters;
import org.ehcflow.system.PlausibleDates;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals as the Tribunal's letters report them: an appeal registered against a decision of the LA starts its
 * {@code appeal} journey; a hearing date set or moved moves the bundle's clock; a withdrawal closes the appeal.
 */
@Service
public class TribunalAppeals {

    public static final String PROCESS = "appeal";
    public static final String MESSAGE_DECISION = "appealable-decision";
    public static final String MESSAGE_REGISTERED = "appeal-registered";
    public static final String MESSAGE_MEDIATION = "mediation-requested";
    public static final String MESSAGE_HEARING_DATE = "appeal-hearing-date";
    public static final String MESSAGE_WITHDRAWN = "appeal-withdrawn";

    private final AppealRepository appeals;
    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    TribunalAppeals(AppealRepository appeals, CaseRepository cases, RuntimeService runtime, EngineAsSystem engine) {
        this.appeals = appeals;
        this.cases = cases;
        this.runtime = runtime;
        this.engine = engine;
    }

    /** {@code POST /api/cases/{reference}/appeals}. */
    @Transactional
    public Appeal register(String reference, NewAppeal appeal) {
        long id = insertChecked(reference, appeal);
        Map<String, Object> variables = registrationVariables(id);
        String processInstanceId = engine.call(() -> waitingFor(MESSAGE_REGISTERED, reference, appeal.decision())
                .map(watch -> {
                    runtime.createMessageCorrelation(MESSAGE_REGISTERED).processInstanceId(watch).setVariables(variables).correlate();
                    return watch;
                })
                .orElseGet(() -> runtime.startProcessInstanceByKey(PROCESS, reference, variables).getId()));
        appeals.startedAs(id, processInstanceId);
        return find(reference, id);
    }

    /**
     * The appeal as the Tasklist start form entered it, within the appeal instance {@code entered} that the form
     * started. It joins a watch on the family's time to appeal that decision if one waits for it; otherwise the
     * entered instance answers it, with {@link #registrationVariables}.
     */
    @Transactional
    public Entered registerEntered(String reference, NewAppeal appeal, String entered) {
        long id = insertChecked(reference, appeal);
        Optional<String> watch = engine.call(() -> waitingFor(MESSAGE_REGISTERED, reference, appeal.decision()));
        watch.ifPresent(waiting -> engine.run(() -> runtime.createMessageCorrelation(MESSAGE_REGISTERED)
                .processInstanceId(waiting).setVariables(registrationVariables(id)).correlate()));
        appeals.startedAs(id, watch.orElse(entered));
        return new Entered(id, watch.isPresent());
    }

    public record Entered(long appealId, boolean joinedWatch) {
    }

    Map<String, Object> registrationVariables(long id) {
        Appeal appeal = appeals.find(id).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put("appealId", id);
        variables.put("hearingDate", appeal.hearingDate() == null ? null : appeal.hearingDate().toString());
        return variables;
    }

    private long insertChecked(String reference, NewAppeal appeal) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
        check(appeal);
        if (appeals.tribunalReferenceTaken(appeal.tribunalReference().strip())) {
            throw new ConflictException("Appeal " + appeal.tribunalReference().strip() + " is already registered");
        }
        return appeals.insert(reference, new NewAppeal(appeal.decision(), appeal.tribunalReference().strip(),
                appeal.sentToLocalAuthority(), appeal.hearingDate()));
    }

    /** The family wants mediation about a decision still within its time to appeal. */
    @Transactional
    public void requestMediation(String reference, MediationRequest request) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
        requireDecision(request.decision());
        if (request.issues() == null || request.issues().isBlank()) {
            throw new InvalidFieldException("issues", "issues is required: what the family wants to mediate");
        }
        if (request.laToldOn() == null) {
            throw new InvalidFieldException("laToldOn", "laToldOn is required (YYYY-MM-DD)");
        }
        PlausibleDates.clockStart("laToldOn", request.laToldOn());
        if (request.laToldOn().isAfter(Today.inLondon())) {
            throw new InvalidFieldException("laToldOn", "laToldOn cannot be after today");
        }
        String watch = engine.call(() -> waitingFor(MESSAGE_MEDIATION, reference, request.decision())).orElseThrow(() ->
                new ConflictException("Case " + reference + " has no " + request.decision() + " decision within its time to"
                        + " appeal that is not already in mediation"));
        if (engine.call(() -> runtime.getVariable(watch, "mediationRequestedOn")) != null) {
            throw new ConflictException("The " + request.decision() + " decision of case " + reference + " has already been to mediation");
        }
        LocalDate notified = LocalDate.parse((String) engine.call(() -> runtime.getVariable(watch, "decisionNotified")));
        if (request.laToldOn().isBefore(notified)) {
            throw new InvalidFieldException("laToldOn", "laToldOn cannot be before the decision was notified (" + notified + ")");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("mediationIssues", request.issues().strip());
        variables.put("healthInDispute", Boolean.TRUE.equals(request.healthInDispute()));
        variables.put("mediationRequestedOn", request.laToldOn().toString());
        engine.run(() -> runtime.createMessageCorrelation(MESSAGE_MEDIATION).processInstanceId(watch).setVariables(variables).correlate());
    }

    /** The Tribunal set or moved the hearing: the bundle is due 10 Tribunal working days before it. */
    @Transactional
    public Appeal hearingDate(String reference, long id, LocalDate hearingDate) {
        Appeal appeal = find(reference, id);
        if (hearingDate == null) {
            throw new InvalidFieldException("hearingDate", "hearingDate is required (YYYY-MM-DD)");
        }
        PlausibleDates.clockStart("hearingDate", hearingDate);
        if (!hearingDate.isAfter(appeal.sentToLocalAuthority())) {
            throw new InvalidFieldException("hearingDate", "The hearing must be after the appeal was sent to the local authority ("
                    + appeal.sentToLocalAuthority() + ")");
        }
        String processInstanceId = running(appeal);
        appeals.hearingOn(id, hearingDate);
        engine.run(() -> {
            runtime.setVariable(processInstanceId, "hearingDate", hearingDate.toString());
            runtime.createMessageCorrelation(MESSAGE_HEARING_DATE).processInstanceId(processInstanceId).correlateAll();
        });
        return find(reference, id);
    }

    /** The appellant withdrew the appeal. */
    @Transactional
    public Appeal withdraw(String reference, long id) {
        String processInstanceId = running(find(reference, id));
        engine.run(() -> runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceId(processInstanceId).correlate());
        return find(reference, id);
    }

    /** The case's appeals; a case that does not exist is not found, as for every other read of a case. */
    public List<Appeal> forCase(String reference) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
        return appeals.forCase(reference);
    }

    public Appeal find(String reference, long id) {
        return appeals.find(id).filter(appeal -> appeal.caseReference().equals(reference))
                .orElseThrow(() -> new NotFoundException("Case " + reference + " has no appeal " + id));
    }

    /** The newest watch on the family's time to appeal this kind of decision that waits for {@code message}. */
    private Optional<String> waitingFor(String message, String reference, AppealableDecision decision) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(reference)
                .variableValueEquals("appealableDecision", decision.name()).list().stream()
                .map(ProcessInstance::getId)
                .filter(id -> runtime.createEventSubscriptionQuery().processInstanceId(id).eventName(message).count() > 0)
                .max(Comparator.comparing(id -> (String) runtime.getVariable(id, "decisionNotified")));
    }

    private String running(Appeal appeal) {
        if (appeal.status() != Appeal.Status.REGISTERED) {
            throw new ConflictException("Appeal " + appeal.tribunalReference() + " is " + appeal.status().name().toLowerCase());
        }
        if (appeal.response() == TribunalResponse.CONCEDE) {
            throw new ConflictException("Appeal " + appeal.tribunalReference() + " was conceded on "
                    + LetterDate.of(appeal.respondedOn()) + ": it has no hearing, and the council now does what it conceded");
        }
        return appeals.processInstanceOf(appeal.id());
    }

    private static void requireDecision(AppealableDecision decision) {
        if (decision == null) {
            throw new InvalidFieldException("decision", "decision is required: one of " + Arrays.toString(AppealableDecision.values()));
        }
    }

    private static void check(NewAppeal appeal) {
        requireDecision(appeal.decision());
        if (appeal.tribunalReference() == null || appeal.tribunalReference().isBlank()) {
            throw new InvalidFieldException("tribunalReference", "tribunalReference is required: the Tribunal's reference");
        }
        if (appeal.tribunalReference().strip().length() > 40) {
            throw new InvalidFieldException("tribunalReference", "tribunalReference is at most 40 characters");
        }
        if (appeal.sentToLocalAuthority() == null) {
            throw new InvalidFieldException("sentToLocalAuthority", "sentToLocalAuthority is required (YYYY-MM-DD)");
        }
        ControlCharacters.refuse("tribunalReference", appeal.tribunalReference());
        PlausibleDates.clockStart("sentToLocalAuthority", appeal.sentToLocalAuthority());
        PlausibleDates.clockStart("hearingDate", appeal.hearingDate());
        if (appeal.sentToLocalAuthority().isAfter(Today.inLondon())) {
            throw new InvalidFieldException("sentToLocalAuthority", "sentToLocalAuthority cannot be after today");
        }
        if (appeal.hearingDate() != null && !appeal.hearingDate().isAfter(appeal.sentToLocalAuthority())) {
            throw new InvalidFieldException("hearingDate", "The hearing must be after the appeal was sent to the local authority");
        }
    }
}
