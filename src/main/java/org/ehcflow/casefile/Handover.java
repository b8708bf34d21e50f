package org.ehcflow.casefile;

import java.time.Instant;

/** A case moved from one officer to another: who moved it, when and why (the handover note). */
public record Handover(long id, String caseReference, String fromOfficer, String toOfficer, String reason,
                       String handedOverBy, Instant handedOverAt) {
}
