package org.ehcflow.deadline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Configuration of the statutory calendar.
 *
 * @param bankHolidaysFile   a file in GOV.UK's bank-holidays.json format that replaces the shipped list
 * @param extraBankHolidays  days added to the list (a newly announced one-off bank holiday)
 * @param under5ReviewMonths months between reviews for a child under 5 (CoP 9.178: 3 to 6)
 * @param warnings           per deadline key, how long before the due date its warning fires,
 *                           as "N days" or "N working days"
 * @param localStandards     per local service-standard key (status LOCAL), its limit in working days
 * @param draftPlanLead      the working target of "Draft the plan": this many days before FINAL_PLAN falls due, time
 *                           for the parent's 15 days to comment and the schools' consultation before the final plan
 */
@Validated
@ConfigurationProperties("ehcflow.calendar")
public record CalendarProperties(
        Path bankHolidaysFile,
        @DefaultValue List<LocalDate> extraBankHolidays,
        @DefaultValue("6") @Min(3) @Max(6) int under5ReviewMonths,
        @DefaultValue Map<DeadlineKey, WarningLead> warnings,
        @DefaultValue Map<DeadlineKey, Integer> localStandards,
        @DefaultValue("35") @Min(15) @Max(100) int draftPlanLead) {
}
