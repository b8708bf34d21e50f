package org.ehcflow.assessment;

/**
 * The circumstances of SEND Regulations 2014 reg 10(4) in which the LA need not meet a needs-assessment time limit
 * (applied to the 6-week limits by reg 5(4) and 8(2), to the 20 weeks by reg 13(3)). Recorded, never a pause.
 */
public enum ExceptionCircumstance {
    SCHOOL_CLOSED("reg 10(4)(a)", "the school or college was closed for at least 4 weeks"),
    EARLY_YEARS_CLOSED("reg 10(4)(b)", "the early years provider was closed for at least 4 weeks"),
    PERSONAL_CIRCUMSTANCES("reg 10(4)(c)", "exceptional personal circumstances of the child, parent or young person"),
    ABSENT_FROM_AREA("reg 10(4)(d)", "the family was away from the area for at least 4 weeks");

    private final String regulation;
    private final String words;

    ExceptionCircumstance(String regulation, String words) {
        this.regulation = regulation;
        this.words = words;
    }

    public String regulation() {
        return regulation;
    }

    /** As a letter puts it. */
    public String words() {
        return words;
    }
}
