package org.ehcflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who gets a new case: least load among officers at work and under their cap; nobody when all are away or full. */
class OfficerAllocationTest {

    static final List<String> TEAM = List.of("officer1", "officer2", "officer3");

    @Test
    void theOfficerWithFewestOpenCasesGetsItTiesByUserIdAndEachAllocationCounts() {
        OfficerAllocation.Caseloads caseloads = caseloads(Map.of("officer1", 4, "officer2", 2, "officer3", 2), Set.of(), noCaps());

        assertThat(caseloads.allocate()).hasValue("officer2");
        assertThat(caseloads.allocate()).as("officer2 now holds 3").hasValue("officer3");
        assertThat(caseloads.allocate()).hasValue("officer2");
    }

    @Test
    void anOfficerAwayGetsNoNewCase() {
        OfficerAllocation.Caseloads caseloads = caseloads(Map.of("officer1", 9, "officer2", 0, "officer3", 1), Set.of("officer2"), noCaps());

        assertThat(caseloads.allocate()).hasValue("officer3");
    }

    @Test
    void anOfficerAtTheirCapGetsNoNewCaseTheTeamDefaultAppliesToTheOthers() {
        OfficerAvailability.Caps caps = new OfficerAvailability.Caps(Map.of("officer2", 2), 5);
        OfficerAllocation.Caseloads caseloads = caseloads(Map.of("officer1", 4, "officer2", 2, "officer3", 5), Set.of(), caps);

        assertThat(caseloads.allocate()).as("officer2 is at 2 of 2, officer3 at the default 5").hasValue("officer1");
        assertThat(caseloads.allocate()).as("officer1 is now at 5 too").isEmpty();
    }

    @Test
    void withEveryOfficerAwayOrFullTheCaseGoesToTheUnassignedQueue() {
        OfficerAllocation.Caseloads caseloads = caseloads(Map.of("officer1", 3, "officer2", 0, "officer3", 0),
                Set.of("officer2", "officer3"), new OfficerAvailability.Caps(Map.of(), 3));

        assertThat(caseloads.allocate()).isEmpty();
    }

    @Test
    void anOfficerNamedByTheImportCountsTowardsTheirLoad() {
        OfficerAllocation.Caseloads caseloads = caseloads(Map.of(), Set.of(), noCaps());
        caseloads.taken("officer1");

        assertThat(caseloads.allocate()).hasValue("officer2");
        assertThat(caseloads.isOfficer("officer3")).isTrue();
        assertThat(caseloads.isOfficer("health1")).isFalse();
    }

    private static OfficerAllocation.Caseloads caseloads(Map<String, Integer> open, Set<String> away, OfficerAvailability.Caps caps) {
        return new OfficerAllocation.Caseloads(TEAM, new HashMap<>(open), away, caps);
    }

    private static OfficerAvailability.Caps noCaps() {
        return new OfficerAvailability.Caps(Map.of(), null);
    }
}
