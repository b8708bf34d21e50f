package org.ehcflow.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.ControlCharacters;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.PlausibleDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for a new request: checks it, issues its reference and names its officer. A request that fails a
 * check is refused with the field at fault and leaves nothing behind.
 */
@Service
public class CaseRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRegistration.class);

    /** CFA 2014 s.36(6): a new request within 6 months of a completed assessment need not be considered. */
    static final int RECENT_ASSESSMENT_MONTHS = 6;

    /** CFA 2014 s.46: a plan may be kept to the end of the academic year in which the young person turns 25. */
    static final int OLDEST_AGE_AT_REQUEST = 26;

    private final CaseRepository cases;
    private final CaseReferences references;
    private final OfficerAllocation allocation;
    private final UnassignedCases unassigned;
    private final Validator validator;
    private final AllocationLock lock;

    CaseRegistration(CaseRepository cases, CaseReferences references, OfficerAllocation allocation,
                     UnassignedCases unassigned, Validator validator, AllocationLock lock) {
        this.lock = lock;
        this.cases = cases;
        this.references = references;
        this.allocation = allocation;
        this.unassigned = unassigned;
        this.validator = validator;
    }

    public record Registered(CaseRecord caseRecord, Optional<LocalDate> recentAssessmentCompletedOn) {
    }

    /** Opens the case and names its officer, in the caller's transaction or a new one. */
    @Transactional
    public Registered register(NewCase request) {
        return allocate(open(request));
    }

    /**
     * Checks the request and writes its case, with no officer yet: {@link #allocate} must follow in the same
     * transaction. The journey can start in between, so that the allocation lock is held only for what needs it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseRecord open(NewCase request) {
        check(request);
        Sen2Details sen2 = (request.sen2() == null ? Sen2Details.NONE : request.sen2()).checked("sen2.");
        LocalDate today = Today.inLondon();
        NewCase.Parent parent = request.parent();
        NewCase.School school = request.school();
        CaseRecord c = new CaseRecord(references.next(today),
                new CaseRecord.Child(request.child().givenName().strip(), request.child().familyName().strip(),
                        request.child().dateOfBirth(), request.child().upn()),
                new CaseRecord.Parent(parent.name().strip(), blankToNull(parent.email()), blankToNull(parent.phone())),
                school == null ? new CaseRecord.School(null, null, null)
                        : new CaseRecord.School(school.name().strip(), blankToNull(school.urn()), blankToNull(school.email())),
                null, CaseStage.CONSIDERING_REQUEST.name(), request.requestReceived(), request.requester(), Instant.now());
        cases.insert(c);
        cases.recordSen2Details(c.reference(), sen2.requestSource() == null ? withSource(sen2, c.requester()) : sen2);
        return c;
    }

    /**
     * Under the allocation lock, held until the caller's transaction ends (so the next registration counts this
     * one): refuses a second request for a child already in assessment, then names the officer with the fewest open
     * cases, or queues the case when nobody can take it. Who is at work and their caps are read before the lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Registered allocate(CaseRecord opened) {
        OfficerAllocation.Team team = allocation.team();
        lock.hold();
        cases.assessmentInProgress(opened.child(), opened.reference()).ifPresent(existing -> {
            throw new ConflictException("A needs assessment of this child is already in progress: case "
                    + existing + ". Add to that case rather than opening another.", Map.of("existingCase", existing));
        });
        String officer = team.caseloads().allocate().orElse(null);
        CaseRecord c = new CaseRecord(opened.reference(), opened.child(), opened.parent(), opened.school(), officer,
                opened.stage(), opened.requestReceived(), opened.requester(), opened.createdAt());
        if (officer == null) {
            unassigned.queue(c.reference());
        } else {
            cases.nameOfficer(c.reference(), officer);
        }
        LOG.info("Case {} opened, held by {}", c.reference(), officer == null ? "the team's unassigned queue" : officer);
        return new Registered(c, recentAssessmentBefore(c));
    }

    /** The completion date of an assessment of the same child less than 6 months before this request, if any. */
    public Optional<LocalDate> recentAssessmentBefore(CaseRecord c) {
        if (c.requestReceived() == null) {
            return Optional.empty();
        }
        return cases.lastAssessmentCompleted(c.child(), c.reference())
                .filter(completed -> completed.plusMonths(RECENT_ASSESSMENT_MONTHS).isAfter(c.requestReceived()));
    }

    private void check(NewCase request) {
        Set<ConstraintViolation<NewCase>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<NewCase> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .orElseThrow();
            String field = first.getPropertyPath().toString();
            throw new InvalidFieldException(field, field + " " + first.getMessage());
        }
        ControlCharacters.refuse("child.givenName", request.child().givenName(), "child.familyName", request.child().familyName(),
                "child.upn", request.child().upn(), "parent.name", request.parent().name(), "parent.email", request.parent().email(),
                "parent.phone", request.parent().phone(),
                "school.name", request.school() == null ? null : request.school().name(),
                "school.urn", request.school() == null ? null : request.school().urn(),
                "school.email", request.school() == null ? null : request.school().email());
        LocalDate today = Today.inLondon();
        PlausibleDates.clockStart("requestReceived", request.requestReceived());
        if (request.requestReceived().isAfter(today)) {
            throw new InvalidFieldException("requestReceived", "requestReceived: the date the request was received ("
                    + LetterDate.of(request.requestReceived()) + ") cannot be in the future; today is " + LetterDate.of(today) + ".");
        }
        if (request.child().dateOfBirth().isAfter(request.requestReceived())) {
            throw new InvalidFieldException("child.dateOfBirth", "child.dateOfBirth: the child's date of birth ("
                    + LetterDate.of(request.child().dateOfBirth()) + ") is after the request was received ("
                    + LetterDate.of(request.requestReceived()) + ").");
        }
        if (request.child().dateOfBirth().isBefore(request.requestReceived().minusYears(OLDEST_AGE_AT_REQUEST))) {
            throw new InvalidFieldException("child.dateOfBirth", "child.dateOfBirth: the child's date of birth ("
                    + LetterDate.of(request.child().dateOfBirth()) + ") makes the young person older than 25 when the"
                    + " request was received: EHC plans are for ages 0 to 25.");
        }
    }

    private static Sen2Details withSource(Sen2Details sen2, CaseRecord.Requester requester) {
        return new Sen2Details(sen2.sex(), sen2.ethnicity(), sen2.postcode(), sen2.uln(), sen2.upnUnknown(),
                sen2.primaryNeed(), sen2.settingType(), sen2.ukprn(), Sen2Details.RequestSource.of(requester));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
