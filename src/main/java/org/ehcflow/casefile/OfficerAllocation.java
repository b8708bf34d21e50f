package org.ehcflow.casefile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.deadline.Today;
import org.ehcflow.identity.Groups;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * Names the officer for a new case: the member of case-officers holding the fewest open cases (ties: by user id),
 * leaving out officers away today and officers at their caseload cap. When every officer is away or at the cap
 * there is none: the case goes to the team's unassigned queue, and a manager is given it to allocate.
 */
@Component
public class OfficerAllocation {

    private final IdentityService identity;
    private final EngineAsSystem engine;
    private final CaseRepository cases;
    private final OfficerAvailability availability;

    OfficerAllocation(IdentityService identity, EngineAsSystem engine, CaseRepository cases, OfficerAvailability availability) {
        this.identity = identity;
        this.engine = engine;
        this.cases = cases;
        this.availability = availability;
    }

    /** Today's caseloads, to allocate many cases at once (an import) without counting them again for each. */
    public Caseloads caseloads() {
        return team().caseloads();
    }

    /**
     * Who can be given cases today: the officers, those away and their caps. Nothing that gives cases out changes
     * these, so a registration reads them before it takes the allocation lock and counts caseloads only under it.
     */
    public Team team() {
        List<String> officers = engine.call(() -> identity.createUserQuery().memberOfGroup(Groups.CASE_OFFICERS)
                .orderByUserId().asc().list()).stream().map(User::getId).toList();
        return new Team(officers, availability.awayOn(Today.inLondon()), availability.caps());
    }

    /** The officers of the team today, those away and each one's cap. */
    public final class Team {
        private final List<String> officers;
        private final Set<String> away;
        private final OfficerAvailability.Caps caps;

        private Team(List<String> officers, Set<String> away, OfficerAvailability.Caps caps) {
            this.officers = officers;
            this.away = away;
            this.caps = caps;
        }

        /** Their open cases counted now: under the allocation lock, for the counts to hold until the commit. */
        public Caseloads caseloads() {
            return new Caseloads(officers, new HashMap<>(cases.openCasesPerOfficer()), away, caps);
        }
    }

    /** The officers of the team and how many open cases each holds, counting the cases allocated through it. */
    public static final class Caseloads {
        private final List<String> officers;
        private final Map<String, Integer> openCases;
        private final Set<String> away;
        private final OfficerAvailability.Caps caps;

        Caseloads(List<String> officers, Map<String, Integer> openCases, Set<String> away, OfficerAvailability.Caps caps) {
            this.officers = officers;
            this.openCases = openCases;
            this.away = away;
            this.caps = caps;
        }

        public boolean isOfficer(String userId) {
            return officers.contains(userId);
        }

        /**
         * The officer at work with the fewest open cases and room under their cap (ties: by user id), who now holds
         * one more; none when every officer is away or full.
         */
        public Optional<String> allocate() {
            Optional<String> officer = officers.stream()
                    .filter(o -> !away.contains(o))
                    .filter(o -> load(o) < caps.of(o))
                    .min(Comparator.comparing(this::load).thenComparing(Comparator.naturalOrder()));
            officer.ifPresent(this::taken);
            return officer;
        }

        /** A case was given to {@code officer} by name. */
        public void taken(String officer) {
            openCases.merge(officer, 1, Integer::sum);
        }

        private int load(String officer) {
            return openCases.getOrDefault(officer, 0);
        }
    }
}
