package org.ehcflow.appeal;

/** What the Tribunal decided (SEND Regulations 2014 reg 44(2)), as the officer records it from the decision. */
public enum TribunalOutcome {
    DISMISSED,
    ORDER_TO_ASSESS,
    ORDER_TO_MAKE_PLAN,
    ORDER_TO_AMEND,
    ORDER_TO_NAME_SCHOOL,
    ORDER_TO_MAINTAIN,
    REMITTED
}
