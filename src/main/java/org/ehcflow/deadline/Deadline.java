package org.ehcflow.deadline;

import java.time.LocalDate;

/** One statutory clock of a case, as recorded in the deadline table. */
public record Deadline(long id, String caseReference, DeadlineKey key, String processInstanceId,
                       LocalDate startDate, LocalDate dueDate, LocalDate metOn, Status status,
                       DeadlineException exception, Recovery recovery) {

    public enum Status { OPEN, MET, BREACHED, CANCELLED }

    /** A recorded exception (reg 10(4), reg 44(3)): it explains a miss; it never moves the due date. */
    public record DeadlineException(String reason, String detail, LocalDate from, LocalDate to) {
    }

    /** After a breach, a manager's plan: the date by which the action will now be done, and why it was missed. */
    public record Recovery(LocalDate recoveryDate, String reason) {
    }
}
