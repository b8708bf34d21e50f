package org.ehcflow.casefile;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Who can take new cases: the officers away on a day, and the caseload caps. Kept by the caseload package, where
 * managers record absences and caps.
 */
public interface OfficerAvailability {

    Set<String> awayOn(LocalDate day);

    Caps caps();

    /** Each officer's cap: their own if a manager set one, else the team's default; none if neither is set. */
    record Caps(Map<String, Integer> perOfficer, Integer teamDefault) {

        public int of(String officer) {
            Integer cap = perOfficer.getOrDefault(officer, teamDefault);
            return cap == null ? Integer.MAX_VALUE : cap;
        }
    }
}
