package org.ehcflow.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened on a case, as an ombudsman investigator or a parent's solicitor would need it: when
 * ({@code at}, or only the {@code day} for a deadline, which the law counts in days), what kind of event, what
 * happened, and who did it or was told.
 */
public record TimelineEntry(Instant at, LocalDate day, Kind kind, String what, String who) {

    public enum Kind { JOURNEY_STARTED, STEP_COMPLETED, DEADLINE_MET, DEADLINE_BREACHED, NOTIFICATION, HANDOVER, COMPLAINT }
}
