package org.ehcflow.complaint;

import java.time.LocalDate;

/** A query or complaint logged against a case, and how far it has got. */
public record Complaint(long id, String caseReference, Kind kind, LocalDate receivedOn, String complainantName,
                        String complainantEmail, String summary, Status status, LocalDate acknowledgedOn, String response,
                        LocalDate respondedOn, LocalDate escalatedOn, String stage2Response, LocalDate stage2RespondedOn) {

    public enum Kind { QUERY, COMPLAINT }

    /** ANSWERED: a complaint answered at stage 1, which the complainant may still escalate. */
    public enum Status { OPEN, ANSWERED, ESCALATED, CLOSED }

    /** {@code POST /api/cases/{reference}/complaints}, or the Tasklist start form. */
    public record New(Kind kind, LocalDate receivedOn, String complainantName, String complainantEmail, String summary) {
    }
}
