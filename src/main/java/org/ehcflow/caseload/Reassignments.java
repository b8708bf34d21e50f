package org.ehcflow.caseload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.ehcflow.casefile.AllocationLock;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.Handover;
import org.ehcflow.casefile.HandoverRepository;
import org.ehcflow.casefile.UnassignedCases;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases between officers, for managers only (see ApiSecurity). A moved case's named officer changes, its open
 * tasks held by the old officer move with it (partner tasks stay with their groups; tasks still to come follow the
 * named officer), a handover note is recorded on the case, and the new officer is told the cases received, once per
 * move, as a job ({@code case-handover}). Anything wrong in the request changes nothing.
 */
@Service
public class Reassignments {

    static final String HANDOVER_PROCESS = "case-handover";

    private final CaseRepository cases;
    private final CaseloadRepository caseloads;
    private final HandoverRepository handovers;
    private final AbsenceRepository absences;
    private final Caseloads team;
    private final UnassignedCases unassigned;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;
    private final AllocationLock lock;

    Reassignments(CaseRepository cases, CaseloadRepository caseloads, HandoverRepository handovers, AbsenceRepository absences,
                  Caseloads team, UnassignedCases unassigned, TaskService tasks, RuntimeService runtime, EngineAsSystem engine,
                  AllocationLock lock) {
        this.lock = lock;
        this.cases = cases;
        this.caseloads = caseloads;
        this.handovers = handovers;
        this.absences = absences;
        this.team = team;
        this.unassigned = unassigned;
        this.tasks = tasks;
        this.runtime = runtime;
        this.engine = engine;
    }

    /**
     * {@code POST /api/cases/{reference}/reassign}. Moves are made one after another (the allocation lock): one that
     * finds the case moved by another since it was asked for (or held by someone other than {@code from}) is refused
     * with 409, so two managers moving the same case at once cannot split it between officers.
     */
    @Transactional
    public List<Handover> reassignCase(String reference, Reassignment request, String manager) {
        CaseRecord asked = cases.find(reference).orElseThrow(() -> new NotFoundException("There is no case " + reference));
        String reason = reason(request);
        team.requireOfficer(request.to(), "to");
        lock.hold();
        CaseRecord c = cases.find(reference).orElseThrow();
        String expected = request.from() != null && !request.from().isBlank() ? request.from().strip() : asked.caseOfficer();
        if (!Objects.equals(expected, c.caseOfficer())) {
            throw new ConflictException("Case " + reference + " is now held by " + Objects.requireNonNullElse(c.caseOfficer(),
                    "nobody (the unassigned queue)") + ", not " + Objects.requireNonNullElse(expected, "nobody")
                    + ": it was moved meanwhile. Look at the case again before moving it.",
                    Map.of("caseOfficer", Objects.requireNonNullElse(c.caseOfficer(), "")));
        }
        if (request.to().equals(c.caseOfficer())) {
            throw new ConflictException(request.to() + " already holds case " + reference,
                    Map.of("caseOfficer", c.caseOfficer()));
        }
        List<Handover> notes = move(Map.of(reference, request.to()), Map.of(reference, c), reason, manager);
        if (c.caseOfficer() == null) {
            unassigned.officerNamed(reference);
        }
        return notes;
    }

    /** A manager's "Name an officer for the case" for a case in the unassigned queue. */
    @Transactional
    public Handover allocate(String reference, String officer, String note, String manager) {
        team.requireOfficer(officer, "caseOfficer");
        lock.hold();
        CaseRecord c = cases.find(reference).orElseThrow(() -> new NotFoundException("There is no case " + reference));
        if (c.caseOfficer() != null) {
            throw new InvalidFieldException("caseOfficer", "Case " + reference + " is already held by " + c.caseOfficer());
        }
        return move(Map.of(reference, officer), Map.of(reference, c), note, manager).get(0);
    }

    /** {@code POST /api/caseloads/{officer}/reassign}: all the officer's open cases, or those selected. */
    @Transactional
    public List<Handover> reassignCaseload(String officer, Reassignment request, String manager) {
        team.requireOfficer(officer, "officer");
        String reason = reason(request);
        lock.hold();
        List<String> held = heldBy(officer);
        List<String> moving = request.cases() == null ? held : request.cases();
        if (moving.isEmpty()) {
            throw new InvalidFieldException("cases", request.cases() == null ? officer + " holds no open case to move"
                    : "Select at least one case to move");
        }
        for (String reference : moving) {
            if (!held.contains(reference)) {
                throw new InvalidFieldException("cases", "Case " + reference + " is not an open case of " + officer);
            }
        }
        Map<String, String> to = Boolean.TRUE.equals(request.spread()) ? spread(officer, moving, request)
                : toOne(officer, moving, request);
        Map<String, CaseRecord> records = new HashMap<>();
        moving.forEach(reference -> records.put(reference, cases.find(reference).orElseThrow()));
        return move(to, records, reason, manager);
    }

    /**
     * The officer's open cases, and any other case of theirs with work still going on (an appeal against a refusal
     * to assess, say): moving "all of their cases" must leave no task behind.
     */
    private List<String> heldBy(String officer) {
        List<String> held = new ArrayList<>(caseloads.openCasesOf(officer));
        engine.call(() -> {
            Set<String> instances = tasks.createTaskQuery().taskAssignee(officer).list().stream()
                    .map(Task::getProcessInstanceId).collect(Collectors.toSet());
            return instances.isEmpty() ? List.<String>of() : runtime.createProcessInstanceQuery()
                    .processInstanceIds(instances).list().stream().map(pi -> pi.getBusinessKey()).distinct().toList();
        }).stream()
                .filter(reference -> reference != null && !held.contains(reference))
                .filter(reference -> cases.find(reference).map(c -> officer.equals(c.caseOfficer())).orElse(false))
                .forEach(held::add);
        return held;
    }

    private Map<String, String> toOne(String officer, List<String> moving, Reassignment request) {
        team.requireOfficer(request.to(), "to");
        if (request.to().equals(officer)) {
            throw new InvalidFieldException("to", "to must be another officer than " + officer);
        }
        Map<String, String> to = new LinkedHashMap<>();
        moving.forEach(reference -> to.put(reference, request.to()));
        return to;
    }

    /** Each case in turn to the available officer (not away today, not the one giving them up) holding fewest. */
    private Map<String, String> spread(String officer, List<String> moving, Reassignment request) {
        if (request.to() != null) {
            throw new InvalidFieldException("to", "Give either to or spread, not both");
        }
        Set<String> away = absences.awayOn(Today.inLondon());
        Map<String, Integer> load = new HashMap<>(cases.openCasesPerOfficer());
        List<String> receivers = team.officers().stream().map(u -> u.getId())
                .filter(id -> !id.equals(officer) && !away.contains(id)).toList();
        if (receivers.isEmpty()) {
            throw new InvalidFieldException("spread", "No other case officer is available today to receive the cases");
        }
        Map<String, String> to = new LinkedHashMap<>();
        for (String reference : moving) {
            String least = receivers.stream().min(Comparator.comparing((String id) -> load.getOrDefault(id, 0))
                    .thenComparing(Comparator.naturalOrder())).orElseThrow();
            load.merge(least, 1, Integer::sum);
            to.put(reference, least);
        }
        return to;
    }

    private List<Handover> move(Map<String, String> to, Map<String, CaseRecord> records, String reason, String manager) {
        Instant now = Instant.now();
        String batch = UUID.randomUUID().toString();
        List<Handover> notes = new ArrayList<>();
        for (Map.Entry<String, String> move : to.entrySet()) {
            CaseRecord c = records.get(move.getKey());
            if (!cases.moveOfficer(c.reference(), c.caseOfficer(), move.getValue())) {
                throw new ConflictException("Case " + c.reference() + " was moved by someone else meanwhile; nothing was"
                        + " moved. Look at the case again before moving it.");
            }
            engine.run(() -> officerTasks(c).forEach(task -> tasks.setAssignee(task.getId(), move.getValue())));
            notes.add(handovers.insert(c.reference(), c.caseOfficer(), move.getValue(), reason, manager, now, batch));
        }
        notes.stream().collect(Collectors.groupingBy(Handover::toOfficer, LinkedHashMap::new, Collectors.toList()))
                .forEach((officer, received) -> tellNewOfficer(batch, officer, received.get(0).caseReference()));
        return notes;
    }

    /** The open tasks the case's officer holds: with no officer, those neither assigned nor offered to a group. */
    private List<Task> officerTasks(CaseRecord c) {
        TaskQuery query = tasks.createTaskQuery().processInstanceBusinessKey(c.reference());
        return (c.caseOfficer() != null ? query.taskAssignee(c.caseOfficer())
                : query.taskUnassigned().withoutCandidateGroups().withoutCandidateUsers()).list();
    }

    /** One message to each new officer, listing the cases received, as a job ({@code case-handover}). */
    private void tellNewOfficer(String batch, String officer, String firstCase) {
        engine.run(() -> runtime.startProcessInstanceByKey(HANDOVER_PROCESS, firstCase,
                Map.of("handoverBatch", batch, "newOfficer", officer)));
    }

    private static String reason(Reassignment request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new InvalidFieldException("reason", "reason is required: why the cases change hands, for the handover note");
        }
        if (request.reason().strip().length() > 2000) {
            throw new InvalidFieldException("reason", "reason is at most 2000 characters");
        }
        return request.reason().strip();
    }
}
