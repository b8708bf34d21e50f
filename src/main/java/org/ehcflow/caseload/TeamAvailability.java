package org.ehcflow.caseload;

import java.time.LocalDate;
import java.util.Set;

import org.ehcflow.casefile.OfficerAvailability;
import org.springframework.stereotype.Component;

/** The absences and caps managers record, and the team's default cap, as allocation reads them. */
@Component
class TeamAvailability implements OfficerAvailability {

    private final AbsenceRepository absences;
    private final CapRepository caps;
    private final CaseloadProperties properties;

    TeamAvailability(AbsenceRepository absences, CapRepository caps, CaseloadProperties properties) {
        this.absences = absences;
        this.caps = caps;
        this.properties = properties;
    }

    @Override
    public Set<String> awayOn(LocalDate day) {
        return absences.awayOn(day);
    }

    @Override
    public Caps caps() {
        return new Caps(caps.all(), properties.defaultCap());
    }
}
