package org.ehcflow.appeal;

/** The decisions a parent or young person can appeal to the Tribunal (Children and Families Act 2014 s.51(2)). */
public enum AppealableDecision {
    REFUSAL_TO_ASSESS,
    NO_PLAN,
    /** Sections B, F or I of a plan, or no school named, when it is issued or amended. */
    PLAN_CONTENTS,
    REFUSAL_TO_REASSESS,
    /** A refusal to amend the plan after a review or re-assessment. */
    REFUSAL_TO_AMEND,
    CEASE
}
