package org.ehcflow.casefile;

import java.time.LocalDate;
import java.util.List;

import org.ehcflow.deadline.Deadline;

/**
 * A case as {@code GET /api/cases/{reference}} shows it: who, who holds it (and the handover notes of those who
 * held it before), where it stands, its clocks, and its queries and complaints not yet closed.
 */
public record CaseView(String reference, CaseRecord.Child child, CaseRecord.Parent parent, CaseRecord.School school,
                       CaseRecord.Requester requester, LocalDate requestReceived, String caseOfficer, String stage,
                       List<String> flags, List<DeadlineView> deadlines, List<Handover> handovers,
                       List<OpenComplaints.Summary> openComplaints) {

    public record DeadlineView(String key, LocalDate startDate, LocalDate dueDate, String status, LocalDate metOn,
                               Deadline.DeadlineException exception, Deadline.Recovery recovery) {

        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.key().name(), d.startDate(), d.dueDate(), d.status().name(), d.metOn(),
                    d.exception(), d.recovery());
        }
    }
}
