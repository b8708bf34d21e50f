package org.ehcflow.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory clocks as BPMN sees them, by the name {@code deadlines}. A process opens a clock by key,
 * then its timers and user tasks read the dates from the deadline table:
 * <pre>
 *   start listener:  ${deadlines.open(execution, 'FINAL_PLAN', requestReceived)}
 *   timer timeDate:  ${deadlines.breachAt(execution, 'FINAL_PLAN')}   ${deadlines.warningAt(execution, 'FINAL_PLAN')}
 *   task dueDate:    ${deadlines.dueDate(execution, 'FINAL_PLAN')}
 *   on completion:   ${deadlines.done(execution, 'FINAL_PLAN')}      on breach: ${deadlines.breached(execution, 'FINAL_PLAN')}
 * </pre>
 * Keys are read from the BPMN as text and must name a {@link DeadlineKey}. A called process sees the clocks of the
 * process that called it: plan-review's timers watch the REVIEW_MEETING clock that annual-review opened. A journey
 * run under a Tribunal order or concession ({@link DeadlineRegime}) opens and reads the regime's keys in place of
 * the usual ones it names.
 */
@Component("deadlines")
@Transactional
public class ProcessDeadlines {

    static final String BREACH_PROCESS = "deadline-breach";

    private final StatutoryCalendar calendar;
    private final DeadlineRepository repository;
    private final int draftPlanLead;

    ProcessDeadlines(StatutoryCalendar calendar, DeadlineRepository repository, CalendarProperties properties) {
        this.calendar = calendar;
        this.repository = repository;
        this.draftPlanLead = properties.draftPlanLead();
    }

    /** Starts the clock of {@code key} for this case, counting from {@code start} (a date or YYYY-MM-DD text). */
    public void open(DelegateExecution execution, String key, Object start) {
        DeadlineKey usual = DeadlineKey.valueOf(key);
        DeadlineKey deadlineKey = resolve(execution, usual);
        LocalDate startDate = deadlineKey == usual ? toDate(start, key)
                : toDate(execution.getVariable(DeadlineRegime.FROM_VARIABLE), DeadlineRegime.FROM_VARIABLE);
        open(execution, deadlineKey, startDate, calendar.due(deadlineKey, DueDateQuery.from(startDate)));
    }

    /** The key the process keeps in place of {@code key}: its own under a Tribunal order or concession, else the same. */
    public String keyFor(DelegateExecution execution, String key) {
        return resolve(execution, DeadlineKey.valueOf(key)).name();
    }

    /** Starts a clock whose due date was worked out by the caller (a review brought forward for a phase transfer). */
    public void open(DelegateExecution execution, DeadlineKey key, LocalDate start, LocalDate due) {
        repository.open(execution.getProcessBusinessKey(), key, execution.getProcessInstanceId(), start, due, Today.inLondon());
    }

    /** Starts the clock of {@code key} from today: a draft served, a consultation sent. */
    public void openToday(DelegateExecution execution, String key) {
        open(execution, key, Today.inLondon());
    }

    /**
     * For a step that handles a breached clock of the case (variable {@code deadlineKey}): sets the variables its
     * messages name, {@code deadlineRequirement} (what should have been done) and {@code deadlineDueOn} ("25 May 2026").
     */
    public void describeBreach(DelegateExecution execution) {
        Deadline deadline = latest(execution.getProcessBusinessKey(), (String) execution.getVariable("deadlineKey"));
        execution.setVariable("deadlineRequirement", deadline.key().requirement());
        execution.setVariable("deadlineDueOn", LetterDate.of(deadline.dueDate()));
    }

    /** A manager's recovery plan for a breached clock, from the task's {@code recoveryDate} and {@code breachReason}. */
    public void recordRecovery(DelegateTask task) {
        Deadline deadline = latest(task.getExecution().getProcessBusinessKey(), (String) task.getVariable("deadlineKey"));
        LocalDate recoveryDate = toDate(task.getVariable("recoveryDate"), "recoveryDate");
        repository.recordRecovery(deadline.id(), new Deadline.Recovery(recoveryDate, (String) task.getVariable("breachReason")));
        task.setVariable("recoveryDueOn", LetterDate.of(recoveryDate));
    }

    /** The last moment of the due day, as the due date Tasklist shows. */
    public Date dueDate(DelegateExecution execution, String key) {
        return endOfDay(current(execution, key).dueDate());
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.MAX).atZone(StatutoryCalendar.LONDON).toInstant());
    }

    /**
     * The working target of "Draft the plan": {@code ehcflow.calendar.draft-plan-lead} days before the clock of
     * {@code key} (FINAL_PLAN) falls due, leaving the parent's 15 days and the schools' consultation; never before today.
     */
    public Date draftTarget(DelegateExecution execution, String key) {
        LocalDate target = current(execution, key).dueDate().minusDays(draftPlanLead);
        LocalDate today = Today.inLondon();
        return endOfDay(target.isBefore(today) ? today : target);
    }

    /** The due date of the case's newest clock of {@code key}, for a step in another process instance of the case. */
    public Date caseDueDate(DelegateExecution execution, String key) {
        return endOfDay(latest(execution.getProcessBusinessKey(), key).dueDate());
    }

    /** The due date of the clock, for a letter or a form. */
    public LocalDate dueOn(DelegateExecution execution, DeadlineKey key) {
        return current(execution, key.name()).dueDate();
    }

    public Date breachAt(DelegateExecution execution, String key) {
        return Date.from(calendar.breachMoment(current(execution, key).dueDate()).toInstant());
    }

    public Date warningAt(DelegateExecution execution, String key) {
        Deadline deadline = current(execution, key);
        return Date.from(calendar.warningMoment(deadline.key(), deadline.startDate(), deadline.dueDate()).toInstant());
    }

    /**
     * The action was done today: MET if on time, otherwise BREACHED with the day it was done. A family's period
     * (DRAFT_COMMENTS, say) is MET whenever its outcome is recorded.
     */
    public void done(DelegateExecution execution, String key) {
        Deadline deadline = current(execution, key);
        if (deadline.key().isFamilysPeriod() || deadline.key().bindsOnlyARefusalToIssue() && decidedToIssue(execution)) {
            repository.closePeriod(deadline.id(), Today.inLondon());
        } else {
            repository.complete(deadline, Today.inLondon());
        }
    }

    private static boolean decidedToIssue(DelegateExecution execution) {
        return "ISSUE".equals(execution.getVariable("planDecision"));
    }

    /** The action was done on {@code on} (a meeting held on its day), not necessarily today. */
    public void doneOn(DelegateExecution execution, DeadlineKey key, LocalDate on) {
        repository.complete(current(execution, key.name()), on);
    }

    /** The clock no longer applies; nothing more is expected by its due date. */
    public void cancel(DelegateExecution execution, DeadlineKey key) {
        find(execution, resolve(execution, key)).ifPresent(deadline -> repository.cancel(deadline.id()));
    }

    /** Nothing more is waited for (advice the officer waived after chasing it): the clock says so, as breached or met it stays. */
    public void waived(DelegateExecution execution, String key) {
        repository.waive(current(execution, key).id(), Today.inLondon());
    }

    public void breached(DelegateExecution execution, String key) {
        repository.markBreached(current(execution, key));
    }

    /**
     * Hands a breached clock to the managers in a process of its own ({@code deadline-breach}), so that the journey
     * goes on while they plan the recovery; once per clock, whether its timer or the daily sweep found it missed
     * first. From an asynchronous service task: a retry starts no second one.
     */
    public void escalate(DelegateExecution execution, String key) {
        DeadlineKey resolved = resolve(execution, DeadlineKey.valueOf(key));
        Deadline deadline = find(execution, resolved).orElseGet(() -> latest(execution.getProcessBusinessKey(), resolved.name()));
        handOverOnce(repository, execution.getProcessEngineServices().getRuntimeService(), deadline);
    }

    /** Starts the managers' deadline-breach journey for a breached clock, unless it was handed over already. */
    static void handOverOnce(DeadlineRepository repository, RuntimeService runtime, Deadline deadline) {
        if (repository.markEscalated(deadline.id())) {
            runtime.startProcessInstanceByKey(BREACH_PROCESS, deadline.caseReference(), Map.of("deadlineKey", deadline.key().name()));
        }
    }

    /** The case's plan ended (it ceased): every clock of the case still open is cancelled. */
    public void cancelOpen(DelegateExecution execution) {
        repository.cancelOpenForCase(execution.getProcessBusinessKey());
    }

    /**
     * The journey ended early (a refusal, a withdrawal): its clocks still open, and those of the processes it
     * called, are cancelled. Other journeys' clocks, such as the family's time to appeal the refusal, run on.
     */
    public void cancelOpenOfJourney(DelegateExecution execution) {
        List<String> instances = new ArrayList<>(List.of(execution.getProcessInstanceId()));
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        for (int i = 0; i < instances.size(); i++) {
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(instances.get(i)).list()
                    .forEach(called -> instances.add(called.getId()));
        }
        repository.cancelOpenOfProcesses(execution.getProcessBusinessKey(), instances);
    }

    /**
     * The case's open clock of {@code key}, whichever journey opened it, is done today: a plan ceased as the
     * Tribunal's dismissal of the appeal requires (ORDER_CEASE).
     */
    public void doneForCase(DelegateExecution execution, String key) {
        repository.findLatest(execution.getProcessBusinessKey(), DeadlineKey.valueOf(key))
                .filter(deadline -> deadline.status() == Deadline.Status.OPEN)
                .ifPresent(deadline -> repository.complete(deadline, Today.inLondon()));
    }

    private Deadline latest(String caseReference, String key) {
        return repository.findLatest(caseReference, DeadlineKey.valueOf(key))
                .orElseThrow(() -> new IllegalStateException("No " + key + " clock for case " + caseReference));
    }

    private Deadline current(DelegateExecution execution, String key) {
        return find(execution, resolve(execution, DeadlineKey.valueOf(key)))
                .orElseThrow(() -> new IllegalStateException("No open " + key + " clock in process instance "
                        + execution.getProcessInstanceId() + " or its caller: open it with ${deadlines.open(...)} before it is used"));
    }

    /** The clock opened in this process instance, else in the one that called it. */
    private Optional<Deadline> find(DelegateExecution execution, DeadlineKey key) {
        return repository.findCurrent(execution.getProcessInstanceId(), key).or(() -> {
            DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
            return caller == null ? Optional.empty() : repository.findCurrent(caller.getProcessInstanceId(), key);
        });
    }

    private static DeadlineKey resolve(DelegateExecution execution, DeadlineKey key) {
        return DeadlineRegime.keptFor(execution.getVariable(DeadlineRegime.VARIABLE), key);
    }

    private static LocalDate toDate(Object value, String key) {
        return VariableDates.of(value, "The " + key + " clock");
    }
}
