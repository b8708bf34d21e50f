package org.ehcflow.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.OfficerAvailability;
import org.ehcflow.complaint.ComplaintRepository;
import org.ehcflow.deadline.Today;
import org.ehcflow.identity.Groups;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.PlausibleDates;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's caseloads, for the managers' view and {@code GET /api/caseloads}: every member of case-officers. */
@Service
public class Caseloads {

    private final CaseRepository cases;
    private final CaseloadRepository caseloads;
    private final AbsenceRepository absences;
    private final CapRepository caps;
    private final TeamAvailability availability;
    private final ComplaintRepository complaints;
    private final IdentityService identity;
    private final AssignedTasks assignedTasks;
    private final EngineAsSystem engine;

    Caseloads(CaseRepository cases, CaseloadRepository caseloads, AbsenceRepository absences, CapRepository caps,
              TeamAvailability availability, ComplaintRepository complaints, IdentityService identity, AssignedTasks assignedTasks,
              EngineAsSystem engine) {
        this.cases = cases;
        this.caseloads = caseloads;
        this.absences = absences;
        this.caps = caps;
        this.availability = availability;
        this.complaints = complaints;
        this.identity = identity;
        this.assignedTasks = assignedTasks;
        this.engine = engine;
    }

    /** One row per officer, by user id. */
    public List<OfficerCaseload> team() {
        return rows(officers(), null);
    }

    /**
     * The figures of the officers given, from counts by officer, a query each, not a query per officer; {@code only}
     * names the one officer asked for, so that one row does not cost the team's counts.
     */
    private List<OfficerCaseload> rows(List<User> officers, String only) {
        LocalDate today = Today.inLondon();
        Map<String, Integer> open = cases.openCasesPerOfficer(only);
        Map<String, CaseloadRepository.DeadlineCounts> deadlines = caseloads.deadlineCountsPerOfficer(today, only);
        Set<String> away = absences.awayOn(today);
        OfficerAvailability.Caps cap = availability.caps();
        Map<String, Integer> openComplaints = complaints.openPerOfficer(only);
        Map<String, Long> openTasks = assignedTasks.perAssignee(only);
        return officers.stream().map(officer -> {
            CaseloadRepository.DeadlineCounts counts = deadlines.getOrDefault(officer.getId(), new CaseloadRepository.DeadlineCounts(0, 0, 0));
            return new OfficerCaseload(officer.getId(), fullName(officer), open.getOrDefault(officer.getId(), 0),
                    openTasks.getOrDefault(officer.getId(), 0L),
                    counts.dueWithin7Days(), counts.overdue(), counts.breachedLast30Days(), !away.contains(officer.getId()),
                    cap.of(officer.getId()) == Integer.MAX_VALUE ? null : cap.of(officer.getId()),
                    openComplaints.getOrDefault(officer.getId(), 0));
        }).toList();
    }

    /** {@code GET /api/caseloads/{officer}}: the officer's row, cases with their next deadline, and absences. */
    public OfficerCases of(String officer) {
        return new OfficerCases(row(officer), held(officer), absences.currentAndComing(officer, Today.inLondon()));
    }

    /** The officer's open cases, each with its next deadline, most pressing first. */
    public List<HeldCase> held(String officer) {
        return caseloads.heldBy(officer);
    }

    private OfficerCaseload row(String officer) {
        List<User> one = engine.call(() -> identity.createUserQuery().userId(officer).memberOfGroup(Groups.CASE_OFFICERS).list());
        if (one.isEmpty()) {
            throw new NotFoundException(officer + " is not a case officer");
        }
        return rows(one, officer).get(0);
    }

    public record OfficerCases(OfficerCaseload caseload, List<HeldCase> cases, List<Absence> absences) {
    }

    /** The officer is away from one day to another: no new cases then. Managers only (see ApiSecurity). */
    @Transactional
    public Absence recordAbsence(String officer, Absence.New absence, String recordedBy) {
        requireOfficer(officer, "officer");
        if (absence == null || absence.from() == null) {
            throw new InvalidFieldException("from", "from is required (YYYY-MM-DD): the first day away");
        }
        if (absence.to() == null) {
            throw new InvalidFieldException("to", "to is required (YYYY-MM-DD): the last day away");
        }
        PlausibleDates.period("from", absence.from(), "to", absence.to());
        if (absence.reason() == null || absence.reason().isBlank() || absence.reason().strip().length() > 200) {
            throw new InvalidFieldException("reason", "reason is required, at most 200 characters (leave, sickness)");
        }
        long id = absences.insert(officer, absence, recordedBy);
        return new Absence(id, officer, absence.from(), absence.to(), absence.reason().strip());
    }

    /** {@code GET /api/caseloads/unassigned}: the team's unassigned queue, each case with its next deadline. */
    public List<HeldCase> unassigned() {
        return caseloads.heldBy(null);
    }

    /** The officer's own caseload cap, or none ({@code null}: the team's default, if any, applies). */
    @Transactional
    public OfficerCaseload setCap(String officer, Cap cap, String setBy) {
        requireOfficer(officer, "officer");
        if (cap != null && cap.maxOpenCases() != null && (cap.maxOpenCases() < 0 || cap.maxOpenCases() > MOST_CASES)) {
            throw new InvalidFieldException("maxOpenCases", "maxOpenCases must be a whole number from 0 to " + MOST_CASES
                    + ", or null for none");
        }
        caps.set(officer, cap == null ? null : cap.maxOpenCases(), setBy);
        return row(officer);
    }

    /** A cap above any council's whole caseload is a typing slip, not a cap. */
    static final int MOST_CASES = 100_000;

    public record Cap(Integer maxOpenCases) {
    }

    /** The members of case-officers, by user id. */
    List<User> officers() {
        return engine.call(() -> identity.createUserQuery().memberOfGroup(Groups.CASE_OFFICERS).orderByUserId().asc().list());
    }

    void requireOfficer(String userId, String field) {
        if (userId == null || officers().stream().noneMatch(u -> u.getId().equals(userId))) {
            throw new InvalidFieldException(field, field + " must be a case officer (a member of " + Groups.CASE_OFFICERS + ")");
        }
    }

    private static String fullName(User user) {
        return (user.getFirstName() + " " + user.getLastName()).strip();
    }
}
