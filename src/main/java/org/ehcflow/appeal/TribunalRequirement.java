package org.ehcflow.appeal;

import static org.ehcflow.appeal.AppealableDecision.CEASE;
import static org.ehcflow.appeal.AppealableDecision.NO_PLAN;
import static org.ehcflow.appeal.AppealableDecision.PLAN_CONTENTS;
import static org.ehcflow.appeal.AppealableDecision.REFUSAL_TO_AMEND;
import static org.ehcflow.appeal.AppealableDecision.REFUSAL_TO_ASSESS;
import static org.ehcflow.appeal.AppealableDecision.REFUSAL_TO_REASSESS;

import java.util.EnumSet;
import java.util.Set;

import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.DeadlineRegime;
import org.ehcflow.system.InvalidFieldException;

/**
 * What a Tribunal order (reg 44) or a conceded appeal (reg 45 as substituted in 2015) requires of the LA: the work,
 * the clocks that replace the usual ones of the journey that does it ({@code regime}, may be null), and the clock the
 * appeal journey keeps itself ({@code clock}, the usual key the BPMN names; may be null).
 */
record TribunalRequirement(RequiredWork work, DeadlineRegime regime, DeadlineKey clock, String because) {

    private static final Set<AppealableDecision> ASSESSMENT_APPEALS = EnumSet.of(REFUSAL_TO_ASSESS, REFUSAL_TO_REASSESS);
    private static final Set<AppealableDecision> CONTENTS_APPEALS = EnumSet.of(PLAN_CONTENTS, REFUSAL_TO_AMEND);

    /** The LA told the Tribunal it will not oppose an appeal against {@code decision}. */
    static TribunalRequirement conceded(AppealableDecision decision, boolean schoolOnly) {
        if (ASSESSMENT_APPEALS.contains(decision)) {
            return new TribunalRequirement(RequiredWork.ASSESS, DeadlineRegime.CONCEDED_ASSESSMENT, null,
                    "the local authority did not oppose the appeal, so it must carry out the assessment.");
        }
        if (decision == NO_PLAN) {
            return new TribunalRequirement(RequiredWork.MAKE_PLAN, DeadlineRegime.PLAN_REQUIRED, null,
                    "the local authority did not oppose the appeal, so it must make and maintain a plan.");
        }
        if (decision == PLAN_CONTENTS && schoolOnly) {
            return new TribunalRequirement(RequiredWork.NAME_SCHOOL, DeadlineRegime.CONCEDED_SCHOOL, DeadlineKey.ORDER_SCHOOL,
                    "the local authority did not oppose the appeal about the school named, so the plan must name the"
                            + " school or institution the appeal asked for.");
        }
        if (CONTENTS_APPEALS.contains(decision)) {
            return new TribunalRequirement(RequiredWork.AMEND, DeadlineRegime.CONCEDED_CONTENTS, DeadlineKey.ORDER_AMEND,
                    "the local authority did not oppose the appeal, so the plan must be amended as the appeal asked.");
        }
        return new TribunalRequirement(RequiredWork.MAINTAIN, null, null,
                "the local authority did not oppose the appeal, so the plan continues.");
    }

    /** A mediation agreement requires an assessment or a plan, which has the limits an order would (reg 42). */
    static TribunalRequirement agreedAtMediation(AgreedAction action) {
        return action == AgreedAction.ASSESS
                ? new TribunalRequirement(RequiredWork.ASSESS, DeadlineRegime.ORDER_TO_ASSESS, null,
                        "the local authority agreed at mediation to carry out the assessment.")
                : new TribunalRequirement(RequiredWork.MAKE_PLAN, DeadlineRegime.PLAN_REQUIRED, null,
                        "the local authority agreed at mediation to make and maintain a plan.");
    }

    /** The Tribunal decided an appeal against {@code decision} with {@code outcome}. */
    static TribunalRequirement ordered(TribunalOutcome outcome, AppealableDecision decision) {
        return switch (outcome) {
            case DISMISSED -> decision == CEASE
                    ? new TribunalRequirement(RequiredWork.CEASE, null, DeadlineKey.ORDER_CEASE,
                            "the Tribunal dismissed the appeal, so the plan ceases.")
                    : new TribunalRequirement(RequiredWork.NONE, null, null, "the Tribunal dismissed the appeal.");
            case ORDER_TO_ASSESS -> {
                allowed(outcome, decision, ASSESSMENT_APPEALS);
                yield new TribunalRequirement(RequiredWork.ASSESS, DeadlineRegime.ORDER_TO_ASSESS, null,
                        "the Tribunal ordered the local authority to assess.");
            }
            case ORDER_TO_MAKE_PLAN -> {
                allowed(outcome, decision, EnumSet.of(NO_PLAN));
                yield new TribunalRequirement(RequiredWork.MAKE_PLAN, DeadlineRegime.PLAN_REQUIRED, null,
                        "the Tribunal ordered the local authority to make and maintain a plan.");
            }
            case REMITTED -> {
                allowed(outcome, decision, EnumSet.of(NO_PLAN));
                yield new TribunalRequirement(RequiredWork.RECONSIDER, null, DeadlineKey.ORDER_RECONSIDER,
                        "the Tribunal sent the decision back to the local authority to reconsider.");
            }
            case ORDER_TO_AMEND -> {
                allowed(outcome, decision, CONTENTS_APPEALS);
                yield new TribunalRequirement(RequiredWork.AMEND, null, DeadlineKey.ORDER_AMEND,
                        "the Tribunal ordered the plan to be amended.");
            }
            case ORDER_TO_NAME_SCHOOL -> {
                allowed(outcome, decision, CONTENTS_APPEALS);
                yield new TribunalRequirement(RequiredWork.NAME_SCHOOL, null, DeadlineKey.ORDER_SCHOOL,
                        "the Tribunal ordered the plan to name the school or institution it specified.");
            }
            case ORDER_TO_MAINTAIN -> {
                allowed(outcome, decision, EnumSet.of(CEASE));
                yield new TribunalRequirement(RequiredWork.MAINTAIN, null, DeadlineKey.ORDER_MAINTAIN,
                        "the Tribunal ordered the local authority to continue to maintain the plan.");
            }
        };
    }

    private static void allowed(TribunalOutcome outcome, AppealableDecision decision, Set<AppealableDecision> appeals) {
        if (!appeals.contains(decision)) {
            throw new InvalidFieldException("tribunalOutcome", "The Tribunal cannot make an " + outcome + " on an appeal against"
                    + " the " + decision.description() + " (SEND Regulations 2014, regulation 43(2))");
        }
    }
}
