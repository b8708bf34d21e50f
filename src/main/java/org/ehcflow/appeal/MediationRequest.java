package org.ehcflow.appeal;

import java.time.LocalDate;

/**
 * The family wants mediation about a decision ({@code POST /api/cases/{reference}/mediation}).
 *
 * @param laToldOn the day the LA was told (the mediation adviser's notice, reg 36), from which MEDIATION_HELD counts
 */
public record MediationRequest(AppealableDecision decision, String issues, Boolean healthInDispute, LocalDate laToldOn) {
}
