package org.ehcflow.deadline;

import static org.ehcflow.deadline.DeadlineKey.ASSESSMENT_DECISION;
import static org.ehcflow.deadline.DeadlineKey.CONCESSION_AMEND;
import static org.ehcflow.deadline.DeadlineKey.CONCESSION_ASSESS_NOTIFY;
import static org.ehcflow.deadline.DeadlineKey.CONCESSION_FINAL_PLAN;
import static org.ehcflow.deadline.DeadlineKey.CONCESSION_NO_PLAN;
import static org.ehcflow.deadline.DeadlineKey.CONCESSION_SCHOOL;
import static org.ehcflow.deadline.DeadlineKey.FINAL_PLAN;
import static org.ehcflow.deadline.DeadlineKey.ORDER_AMEND;
import static org.ehcflow.deadline.DeadlineKey.ORDER_ASSESS_FINAL_PLAN;
import static org.ehcflow.deadline.DeadlineKey.ORDER_ASSESS_NOTIFY;
import static org.ehcflow.deadline.DeadlineKey.ORDER_ASSESS_NO_PLAN;
import static org.ehcflow.deadline.DeadlineKey.ORDER_PLAN_FINAL;
import static org.ehcflow.deadline.DeadlineKey.ORDER_SCHOOL;
import static org.ehcflow.deadline.DeadlineKey.PLAN_DECISION;

import java.util.Map;
import java.util.Optional;

/**
 * A journey run on the Tribunal's terms. An order (reg 44) or a conceded appeal (reg 45) replaces the clocks a
 * journey usually keeps with its own, counted from the day of the order or of the concession: an ordered needs
 * assessment must tell the parent within ORDER_ASSESS_NOTIFY where a requested one has ASSESSMENT_DECISION.
 * <p>
 * The BPMN keeps naming the usual keys; the process variables {@code deadlineRegime} (a constant's name) and
 * {@code regimeFrom} (YYYY-MM-DD) make {@link ProcessDeadlines} open and read the replacements instead.
 */
public enum DeadlineRegime {

    ORDER_TO_ASSESS(Map.of(ASSESSMENT_DECISION, ORDER_ASSESS_NOTIFY, PLAN_DECISION, ORDER_ASSESS_NO_PLAN,
            FINAL_PLAN, ORDER_ASSESS_FINAL_PLAN)),
    CONCEDED_ASSESSMENT(Map.of(ASSESSMENT_DECISION, CONCESSION_ASSESS_NOTIFY, PLAN_DECISION, CONCESSION_NO_PLAN,
            FINAL_PLAN, CONCESSION_FINAL_PLAN)),
    /**
     * Ordered to make and maintain a plan (reg 44(2)(c)), or a refusal to make one conceded (reg 45(6)): the plan is
     * drafted within ORDER_PLAN_DRAFT, which the journey opens itself, and finalised within ORDER_PLAN_FINAL.
     */
    PLAN_REQUIRED(Map.of(FINAL_PLAN, ORDER_PLAN_FINAL)),
    CONCEDED_CONTENTS(Map.of(ORDER_AMEND, CONCESSION_AMEND)),
    CONCEDED_SCHOOL(Map.of(ORDER_SCHOOL, CONCESSION_SCHOOL));

    public static final String VARIABLE = "deadlineRegime";
    public static final String FROM_VARIABLE = "regimeFrom";

    private final Map<DeadlineKey, DeadlineKey> replacements;

    DeadlineRegime(Map<DeadlineKey, DeadlineKey> replacements) {
        this.replacements = replacements;
    }

    /** The key kept in place of {@code usual}, if this regime replaces it. */
    public Optional<DeadlineKey> replacing(DeadlineKey usual) {
        return Optional.ofNullable(replacements.get(usual));
    }

    public Map<DeadlineKey, DeadlineKey> replacements() {
        return replacements;
    }

    /** The key kept in place of {@code usual} under the regime a process variable names, if any. */
    public static DeadlineKey keptFor(Object variable, DeadlineKey usual) {
        return named(variable).flatMap(regime -> regime.replacing(usual)).orElse(usual);
    }

    /** The regime a process variable names, if any. */
    public static Optional<DeadlineRegime> named(Object variable) {
        return variable == null || variable.toString().isBlank() ? Optional.empty() : Optional.of(valueOf(variable.toString()));
    }
}
