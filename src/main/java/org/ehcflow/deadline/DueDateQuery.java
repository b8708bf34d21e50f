package org.ehcflow.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a due date is counted from. {@code from} is the starting event (or, for keys counted backwards,
 * the meeting, hearing or transfer date); the other fields are needed by a few keys only.
 */
public record DueDateQuery(LocalDate from, LocalDate certificate, PhaseTransfer phase, boolean under5) {

    public DueDateQuery {
        Objects.requireNonNull(from, "from");
    }

    public static DueDateQuery from(LocalDate from) {
        return new DueDateQuery(from, null, null, false);
    }
}
