package org.ehcflow.appeal;

/** How mediation ended (SEND Regulations 2014 reg 37-42). */
public enum MediationOutcome {
    /** The parties agreed; the agreement's actions are due within MEDIATION_ACTIONS. */
    AGREEMENT,
    /** Mediation took place without agreement; the mediator issued a certificate. */
    CERTIFICATE,
    /** Mediation could not be arranged within 30 days; the adviser issued a certificate. */
    NOT_ARRANGED
}
