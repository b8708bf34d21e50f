package org.ehcflow.casefile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.identity.Groups;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/** Names the officer for a new case: the member of case-officers holding the fewest open cases (ties: by user id). */
@Component
public class OfficerAllocation {

    private final IdentityService identity;
    private final EngineAsSystem engine;
    private final CaseRepository cases;

    OfficerAllocation(IdentityService identity, EngineAsSystem engine, CaseRepository cases) {
        this.identity = identity;
        this.engine = engine;
        this.cases = cases;
    }

    String leastLoadedOfficer() {
        return caseloads().allocate();
    }

    /** Today's caseloads, to allocate many cases at once (an import) without counting them again for each. */
    public Caseloads caseloads() {
        List<String> officers = engine.call(() -> identity.createUserQuery().memberOfGroup(Groups.CASE_OFFICERS)
                .orderByUserId().asc().list()).stream().map(User::getId).toList();
        return new Caseloads(officers, new HashMap<>(cases.openCasesPerOfficer()));
    }

    /** The officers of the team and how many open cases each holds, counting the cases allocated through it. */
    public static final class Caseloads {
        private final List<String> officers;
        private final Map<String, Integer> openCases;

        Caseloads(List<String> officers, Map<String, Integer> openCases) {
            this.officers = officers;
            this.openCases = openCases;
        }

        public boolean isOfficer(String userId) {
            return officers.contains(userId);
        }

        /** The officer with the fewest open cases (ties: by user id), who now holds one more. */
        public String allocate() {
            String officer = officers.stream()
                    .min(Comparator.comparing((String o) -> openCases.getOrDefault(o, 0)).thenComparing(Comparator.naturalOrder()))
                    .orElseThrow(() -> new IllegalStateException("There is no member of " + Groups.CASE_OFFICERS + " to hold the case"));
            taken(officer);
            return officer;
        }

        /** A case was given to {@code officer} by name. */
        public void taken(String officer) {
            openCases.merge(officer, 1, Integer::sum);
        }
    }
}
