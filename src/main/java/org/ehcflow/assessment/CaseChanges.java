package org.ehcflow.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.identity.Groups;
import org.ehcflow.system.ForbiddenException;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.PlausibleDates;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What can happen to a request at any point of its journey: the parent withdraws it, or an exception applies. */
@Service
@Transactional
class CaseChanges {

    /** The limits reg 10(4) excuses: reg 5(4), reg 8(2), reg 10(1) and, through reg 13(3), the 20 weeks. */
    static final Set<DeadlineKey> EXCUSABLE = EnumSet.of(DeadlineKey.ASSESSMENT_DECISION, DeadlineKey.ADVICE_EDUCATIONAL,
            DeadlineKey.ADVICE_MEDICAL, DeadlineKey.ADVICE_PSYCHOLOGICAL, DeadlineKey.ADVICE_SOCIAL_CARE,
            DeadlineKey.ADVICE_OTHER, DeadlineKey.PLAN_DECISION, DeadlineKey.FINAL_PLAN);

    record Withdrawal(String reason) {
    }

    record ExceptionRecord(ExceptionCircumstance circumstance, String detail, LocalDate from, LocalDate to) {
    }

    private final CaseRepository cases;
    private final DeadlineRepository deadlines;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;

    CaseChanges(CaseRepository cases, DeadlineRepository deadlines, RuntimeService runtime, EngineAsSystem engine) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.engine = engine;
    }

    /**
     * Ends the journey: every task and timer goes, every open clock is cancelled, the case closes as withdrawn. Only
     * the case's named officer, a manager or an administrator may: withdrawing ends a child's request for good.
     */
    void withdraw(String reference, Withdrawal withdrawal, org.springframework.security.core.Authentication caller) {
        if (withdrawal == null || withdrawal.reason() == null || withdrawal.reason().isBlank()) {
            throw new InvalidFieldException("reason", "reason is required: why the request is withdrawn, for the case"
                    + " record and the letter to the parent and partners");
        }
        if (withdrawal.reason().strip().length() > 2000) {
            throw new InvalidFieldException("reason", "reason is at most 2000 characters");
        }
        CaseRecord c = existing(reference);
        boolean managerOrAdministrator = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals(Groups.AUTHORITY_PREFIX + Groups.MANAGERS) || a.getAuthority().equals(Groups.AUTHORITY_PREFIX + Groups.ADMINS));
        if (!managerOrAdministrator && !caller.getName().equals(c.caseOfficer())) {
            throw new ForbiddenException("Only the case's named officer (" + c.caseOfficer() + ") or a manager may"
                    + " withdraw its request");
        }
        if (!CaseStage.valueOf(c.stage()).isOpen() || CaseStage.PLAN_MAINTAINED.name().equals(c.stage())) {
            throw new ConflictException("Case " + reference + " is " + c.stage() + ": there is no request to withdraw");
        }
        ProcessInstance journey = journey(reference);
        engine.run(() -> runtime.createMessageCorrelation(NeedsAssessment.MESSAGE_WITHDRAWN)
                .processInstanceId(journey.getId())
                .setVariable("withdrawalReason", withdrawal.reason().strip())
                .correlateWithResult());
    }

    /** Records the exception on every clock of the request it excuses that is still running; the parent is told. */
    void recordException(String reference, ExceptionRecord exception) {
        check(exception);
        existing(reference);
        ProcessInstance journey = journey(reference);
        List<Deadline> excused = deadlines.forCase(reference).stream()
                .filter(d -> EXCUSABLE.contains(d.key()))
                .filter(d -> d.status() == Deadline.Status.OPEN || d.status() == Deadline.Status.BREACHED && d.metOn() == null)
                .toList();
        if (excused.isEmpty()) {
            throw new ConflictException("Case " + reference + " has no running deadline that reg 10(4) can excuse");
        }
        Deadline.DeadlineException recorded = new Deadline.DeadlineException(exception.circumstance().name(),
                exception.detail().strip(), exception.from(), exception.to());
        excused.forEach(d -> deadlines.recordException(d.id(), recorded));
        if (excused.stream().anyMatch(d -> d.key() == DeadlineKey.FINAL_PLAN)) {
            cases.flagTwentyWeekException(reference);
        }
        engine.run(() -> runtime.createMessageCorrelation(NeedsAssessment.MESSAGE_EXCEPTION)
                .processInstanceId(journey.getId())
                .setVariable("exceptionWords", exception.circumstance().words())
                .setVariable("exceptionRegulation", exception.circumstance().regulation())
                .setVariable("exceptionFrom", exception.from().toString())
                .correlateWithResult());
    }

    private static void check(ExceptionRecord exception) {
        if (exception.circumstance() == null) {
            throw new InvalidFieldException("circumstance", "circumstance is required: one of "
                    + List.of(ExceptionCircumstance.values()));
        }
        if (exception.detail() == null || exception.detail().isBlank()) {
            throw new InvalidFieldException("detail", "detail is required: why the exception applies");
        }
        if (exception.detail().length() > 2000) {
            throw new InvalidFieldException("detail", "detail is longer than 2000 characters");
        }
        if (exception.from() == null) {
            throw new InvalidFieldException("from", "from is required: the day the circumstance began");
        }
        if (exception.from().isAfter(Today.inLondon())) {
            throw new InvalidFieldException("from", "from " + exception.from() + " is in the future");
        }
        PlausibleDates.period("from", exception.from(), "to", exception.to());
    }

    private CaseRecord existing(String reference) {
        return cases.find(reference).orElseThrow(() -> new NotFoundException("There is no case " + reference));
    }

    private ProcessInstance journey(String reference) {
        ProcessInstance journey = engine.call(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(NeedsAssessment.PROCESS).processInstanceBusinessKey(reference).active()
                .singleResult());
        if (journey == null) {
            throw new ConflictException("Case " + reference + " has no needs assessment in progress");
        }
        return journey;
    }
}
