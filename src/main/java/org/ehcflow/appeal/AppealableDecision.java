package org.ehcflow.appeal;

/** The decisions a parent or young person can appeal to the Tribunal (Children and Families Act 2014 s.51(2)). */
public enum AppealableDecision {
    REFUSAL_TO_ASSESS("refusal to carry out an EHC needs assessment"),
    NO_PLAN("decision not to issue an EHC plan"),
    /** Sections B, F or I of a plan, or no school named, when it is issued or amended. */
    PLAN_CONTENTS("the contents of the EHC plan"),
    REFUSAL_TO_REASSESS("refusal to carry out a re-assessment"),
    /** A refusal to amend the plan after a review or re-assessment. */
    REFUSAL_TO_AMEND("refusal to amend the EHC plan"),
    CEASE("decision to cease the EHC plan");

    private final String description;

    AppealableDecision(String description) {
        this.description = description;
    }

    /** As letters and forms name it: "refusal to carry out an EHC needs assessment". */
    public String description() {
        return description;
    }
}
