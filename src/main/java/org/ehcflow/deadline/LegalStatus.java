package org.ehcflow.deadline;

/** How firm a time limit is, as the statutory timescales specification grades it. */
public enum LegalStatus {
    /** In the regulation's text. */
    LAW,
    /** The regulation's number as quoted by advice services; check the paragraph before citing it in a notice. */
    LAW_AS_QUOTED,
    /** The Code of Practice or the Tribunal's directions say "should". */
    GUIDANCE,
    /** Council policy; a configurable default. */
    LOCAL,
    /** The regulation's text has not been verified. */
    UNVERIFIED
}
