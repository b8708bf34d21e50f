package org.ehcflow.appeal;

import java.time.LocalDate;

/** An appeal as the Tribunal's letter gives it ({@code POST /api/cases/{reference}/appeals}). */
public record NewAppeal(AppealableDecision decision, String tribunalReference, LocalDate sentToLocalAuthority,
                        LocalDate hearingDate) {
}
