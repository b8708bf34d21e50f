package org.ehcflow.casefile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.identity.Groups;
import org.ehcflow.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/** Names the officer for a new case: the member of case-officers holding the fewest open cases (ties: by user id). */
@Component
class OfficerAllocation {

    private final IdentityService identity;
    private final EngineAsSystem engine;
    private final CaseRepository cases;

    OfficerAllocation(IdentityService identity, EngineAsSystem engine, CaseRepository cases) {
        this.identity = identity;
        this.engine = engine;
        this.cases = cases;
    }

    String leastLoadedOfficer() {
        List<String> officers = engine.call(() -> identity.createUserQuery().memberOfGroup(Groups.CASE_OFFICERS)
                .orderByUserId().asc().list()).stream().map(User::getId).toList();
        if (officers.isEmpty()) {
            throw new IllegalStateException("There is no member of " + Groups.CASE_OFFICERS + " to hold the case");
        }
        Map<String, Integer> caseload = cases.openCasesPerOfficer();
        return officers.stream()
                .min(Comparator.comparing((String officer) -> caseload.getOrDefault(officer, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
