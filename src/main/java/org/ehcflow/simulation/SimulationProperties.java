package org.ehcflow.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A council's year to simulate ({@code ehcflow.simulation.*}; README "Simulated year"). The volumes are a year's at
 * scale 1 (Birmingham's: SEN2 2024 and the Tribunal's statistics); {@code scale} multiplies them and the workforce.
 * Every "days" list is a distribution: each draw takes one of its values with equal chance, so
 * {@code [0, 0, 1, 5]} is "the same day half the time, the next day a quarter, after five days a quarter".
 *
 * @param firstDay          the first day of the year whose figures are printed; the plans are brought in that morning
 * @param runInWeeks        requests arrive for this long before the first day, so that assessments are under way at
 *                          every stage when the year starts
 * @param scale             multiplies the volumes and the workforce (0.1 is a tenth of the council)
 * @param seed              fixes the draws; the order of steps within a day varies with the two lanes (CaseLanes), so
 *                          the same seed gives nearly, not exactly, the same year
 * @param requests          requests for an assessment a year
 * @param plans             plans held, each due for its annual review once in the year
 * @param appeals           appeals to the Tribunal a year, against decisions whose time to appeal is running
 * @param officers          case officers, each holding cases and working their own tasks
 * @param managers          managers, working the team's tasks (breaches, allocation)
 * @param tasksPerOfficerDay the most tasks an officer completes in a working day
 * @param tasksPerManagerDay the most team tasks a manager completes in a working day
 * @param officerDelayDays  how long a task waits before its officer turns to it, capacity allowing
 * @param familyReplyDays   how long a family takes to send its views or comments
 * @param partners          how each adviser answers a request for advice (health, social-care, educational-psychology,
 *                          schools), and how schools answer a consultation (consultation)
 * @param shares            how decisions fall (see {@link Shares})
 * @param results           where the year's figures are written as JSON (none when blank)
 */
@ConfigurationProperties("ehcflow.simulation")
public record SimulationProperties(
        @DefaultValue("2027-01-01") LocalDate firstDay,
        @DefaultValue("20") int runInWeeks,
        @DefaultValue("1.0") double scale,
        @DefaultValue("2014") long seed,
        @DefaultValue("2500") int requests,
        @DefaultValue("12094") int plans,
        @DefaultValue("640") int appeals,
        @DefaultValue("25") int officers,
        @DefaultValue("4") int managers,
        @DefaultValue("10") int tasksPerOfficerDay,
        @DefaultValue("20") int tasksPerManagerDay,
        @DefaultValue({"0", "0", "0", "1", "1", "2", "3", "5"}) List<Integer> officerDelayDays,
        @DefaultValue({"2", "5", "7", "10", "14"}) List<Integer> familyReplyDays,
        Map<String, PartnerHabit> partners,
        @DefaultValue Shares shares,
        @DefaultValue("") String results) {

    /**
     * @param onTimeShare the share of requests answered by the due date (on a day drawn evenly up to it)
     * @param lateDays    how late the others are, after the due date
     */
    public record PartnerHabit(double onTimeShare, List<Integer> lateDays) {
    }

    /**
     * @param assess         requests the council agrees to assess (England 2024: about three in four)
     * @param issuePlan      assessments that end in a plan
     * @param amendAtReview  reviews that amend the plan
     * @param ceaseAtReview  reviews that propose to cease it (the rest keep it as it is)
     * @param concede        appeals the council concedes in its response
     * @param upheld         appeals the Tribunal decides for the family (England: nearly all)
     */
    public record Shares(@DefaultValue("0.75") double assess, @DefaultValue("0.92") double issuePlan,
                         @DefaultValue("0.3") double amendAtReview, @DefaultValue("0.03") double ceaseAtReview,
                         @DefaultValue("0.1") double concede, @DefaultValue("0.9") double upheld) {
    }

    static final Map<String, PartnerHabit> USUAL_PARTNERS = Map.of(
            "health", new PartnerHabit(0.6, List.of(3, 7, 14, 21, 42)),
            "social-care", new PartnerHabit(0.5, List.of(5, 10, 21, 30, 60)),
            "educational-psychology", new PartnerHabit(0.5, List.of(7, 14, 21, 42, 60)),
            "schools", new PartnerHabit(0.8, List.of(2, 5, 10)),
            "consultation", new PartnerHabit(0.7, List.of(3, 7, 14, 21)));

    /** This adviser's habit: the configured one, else the usual one. */
    PartnerHabit partner(String name) {
        PartnerHabit configured = partners == null ? null : partners.get(name);
        return configured != null ? configured : USUAL_PARTNERS.getOrDefault(name, USUAL_PARTNERS.get("schools"));
    }

    int scaled(int yearly) {
        return Math.max(1, (int) Math.round(yearly * scale));
    }

    LocalDate lastDay() {
        return firstDay.plusYears(1).minusDays(1);
    }

    LocalDate start() {
        return firstDay.minusWeeks(runInWeeks);
    }
}
