package org.ehcflow.appeal;

import java.time.LocalDate;

/** An appeal registered by the Tribunal against a decision of the LA, and how far it has got. */
public record Appeal(long id, String caseReference, AppealableDecision decision, String tribunalReference,
                     LocalDate sentToLocalAuthority, LocalDate hearingDate, Status status, TribunalResponse response,
                     LocalDate respondedOn, LocalDate bundleSentOn, TribunalOutcome outcome, LocalDate decidedOn) {

    public enum Status { REGISTERED, DECIDED, WITHDRAWN }
}
