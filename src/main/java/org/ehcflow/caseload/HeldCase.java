package org.ehcflow.caseload;

import java.time.LocalDate;

/** A case an officer holds, with the next statutory deadline still to be met (none if nothing is running). */
public record HeldCase(String reference, String childName, String stage, NextDeadline nextDeadline) {

    public record NextDeadline(String key, LocalDate dueDate, String status) {
    }
}
