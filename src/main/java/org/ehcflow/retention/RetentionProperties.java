package org.ehcflow.retention;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How long a closed case is kept before it is removed with its engine history (ehcflow.retention; ADR 0017).
 *
 * @param closedCaseYears years a case is kept after it closed: 6 by default, the Limitation Act 1980's period for a
 *                        claim about how the council handled the case (ss. 2 and 5)
 * @param keepUntilAge    and in any case until the child has reached this age plus {@code closedCaseYears}: 25 by
 *                        default, the age to which a plan may be maintained; with the six years, the date of birth
 *                        plus 31 years that the IRMS retention toolkit gives for SEN files (a child's claim may be
 *                        brought years after the case closed). 0 counts from the closure only.
 */
@Validated
@ConfigurationProperties("ehcflow.retention")
public record RetentionProperties(@DefaultValue("6") @Min(1) @Max(MOST_YEARS) int closedCaseYears,
                                  @DefaultValue("25") @Min(0) @Max(MOST_YEARS) int keepUntilAge) {

    static final int MOST_YEARS = 50;
    /** A case can be open from birth until the end of the school year in which the young person turns 25. */
    private static final int LONGEST_OPEN_CASE_YEARS = 26;

    /** The day a case closed on {@code closedOn} may be removed: the later of the two periods. */
    public LocalDate keptUntil(LocalDate closedOn, LocalDate dateOfBirth) {
        LocalDate afterClosure = closedOn.plusYears(closedCaseYears);
        LocalDate afterAge = dateOfBirth.plusYears((long) keepUntilAge + closedCaseYears);
        return afterAge.isAfter(afterClosure) ? afterAge : afterClosure;
    }

    /**
     * The shortest history time to live a journey may have, in days: a journey that ended at the child's birth may
     * still belong to a case kept this long after it, and its history must be removed with the case, not before.
     */
    public int shortestJourneyHistoryDays() {
        int years = Math.max(keepUntilAge, LONGEST_OPEN_CASE_YEARS) + closedCaseYears;
        return (int) Math.ceil(years * 365.25);
    }
}
