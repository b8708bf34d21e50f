package org.ehcflow.deadline;

/** The kinds of phase transfer that reg 18 times differently. */
public enum PhaseTransfer {
    /** Any transfer between phases other than the two below: review by 15 February. */
    OTHER,
    /** Secondary school to post-16: review by 31 March. */
    SECONDARY_TO_POST16,
    /** Between post-16 institutions: review 5 months before the transfer. */
    POST16_TO_POST16
}
