package org.ehcflow.appeal;

import org.ehcflow.deadline.DeadlineKey;

/**
 * What a mediation agreement requires of the LA that the Tribunal could have ordered (SEND Regulations 2014 reg 42):
 * it has the limit the order would have (reg 44), counted from the agreement; anything else agreed has 2 weeks.
 */
public enum AgreedAction {
    /** Nothing the Tribunal could order: MEDIATION_ACTIONS is 2 weeks. */
    NONE(DeadlineKey.MEDIATION_ACTIONS),
    /** Amend sections B or F of the plan, as ORDER_AMEND. */
    AMEND(DeadlineKey.ORDER_AMEND),
    /** Name a school or institution in the plan, as ORDER_SCHOOL. */
    NAME_SCHOOL(DeadlineKey.ORDER_SCHOOL),
    /** Assess, in ehc-needs-assessment on the clocks of an order to assess. */
    ASSESS(null),
    /** Make and maintain a plan, in ehc-needs-assessment on the clocks of an order to make one. */
    MAKE_PLAN(null);

    private final DeadlineKey limit;

    AgreedAction(DeadlineKey limit) {
        this.limit = limit;
    }

    /** The key whose counting rule gives MEDIATION_ACTIONS its due date; none for the work of another journey. */
    DeadlineKey limit() {
        return limit;
    }
}
