package org.ehcflow.deadline;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.ehcflow.system.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Every date below was worked out by hand with a calendar, not with the code under test. */
class StatutoryCalendarTest {

    static final StatutoryCalendar CALENDAR = new StatutoryCalendar(
            new CalendarProperties(null, List.of(), 6, Map.of(), Map.of(), 35), new ObjectMapper());

    @ParameterizedTest(name = "{0} from {1} is due {2}")
    @CsvSource({
            // weeks(N): E + 7N days, no day excluded
            "ASSESSMENT_DECISION, 2026-01-05, 2026-02-16",
            "PLAN_DECISION,       2026-01-05, 2026-04-27",
            "FINAL_PLAN,          2026-01-05, 2026-05-25",
            "FINAL_PLAN,          2025-12-22, 2026-05-11",   // across the new year; Christmas does not pause it
            "ADVICE_MEDICAL,      2026-03-02, 2026-04-13",
            "REVIEW_REPORT,       2026-06-10, 2026-06-24",
            "REVIEW_DECISION,     2026-06-10, 2026-07-08",
            "AMENDED_PLAN,        2026-07-08, 2026-09-02",
            "ORDER_PLAN_FINAL,    2026-01-30, 2026-04-17",
            "CONCESSION_FINAL_PLAN, 2026-01-30, 2026-05-08",
            // days(N) beginning with E: E is day 1
            "DRAFT_COMMENTS,      2026-03-02, 2026-03-16",
            "AMENDMENT_COMMENTS,  2026-02-20, 2026-03-06",   // across the end of February
            "SCHOOL_CONSULTATION, 2028-02-20, 2028-03-05",   // 29 February 2028 counts
            // within 30 days of E; 14 days before a meeting
            "MEDIATION_HELD,      2026-01-20, 2026-02-19",
            "REVIEW_INVITATIONS,  2026-03-10, 2026-02-24",
            "REVIEW_ADVICE_CIRCULATED, 2028-03-13, 2028-02-28",
            // months(N), clamped to the month's end
            "MEDIATION_CONTACT,   2025-12-31, 2026-02-28",
            "MEDIATION_CONTACT,   2027-12-31, 2028-02-29",
            "REVIEW_MEETING,      2024-02-29, 2025-02-28",
            "REVIEW_MEETING,      2026-05-25, 2027-05-25",
            // workingDays(N) after E: weekends and England-and-Wales bank holidays skipped
            "QUERY_RESPONSE,      2026-12-24, 2027-01-05",   // 25 Dec, 28 Dec (Boxing Day substitute), 1 Jan skipped
            "COMPLAINT_ACK,       2026-12-24, 2026-12-31",
            "COMPLAINT_STAGE1,    2026-03-30, 2026-04-22",   // Good Friday 3 Apr and Easter Monday 6 Apr skipped
            "COMPLAINT_STAGE2,    2022-09-13, 2022-09-28",   // the Queen's funeral, 19 Sep 2022, skipped
            "MEDIATION_HEALTH_NOTICE, 2020-05-06, 2020-05-12", // VE day moved the May bank holiday to Fri 8 May 2020
            "MEDIATION_HEALTH_NOTICE, 2022-05-31, 2022-06-07", // 2 and 3 June 2022 (jubilee) skipped
            "MEDIATION_HEALTH_NOTICE, 2023-05-04, 2023-05-10", // coronation, Mon 8 May 2023, skipped
            "QUERY_RESPONSE,      2021-12-23, 2022-01-04",   // 27, 28 Dec 2021 and 3 Jan 2022 are substitute days
            // tribunalDays(N): also no 25 Dec-1 Jan and no August
            "TRIBUNAL_RESPONSE,   2026-07-01, 2026-09-10",   // 22 days in July, none in August, 8 in September
            "TRIBUNAL_RESPONSE,   2026-12-01, 2027-01-20",   // 17 days to 24 Dec, none 25 Dec-1 Jan, 13 from 4 Jan
            "TRIBUNAL_BUNDLE,     2026-09-15, 2026-09-01",   // 10 Tribunal days before; August would be skipped
            "TRIBUNAL_BUNDLE,     2027-01-08, 2026-12-17",   // 4 days in January, then back over the Christmas break
            "TRIBUNAL_BUNDLE,     2026-09-04, 2026-07-23",   // 3 days in September, then back over all of August
            // immediately
            "ORDER_CEASE,         2026-04-01, 2026-04-01",
            "ORDER_MAINTAIN,      2026-04-01, 2026-04-01",
    })
    void countsEveryRuleAsTheSpecificationSays(DeadlineKey key, LocalDate from, LocalDate due) {
        assertThat(CALENDAR.due(key, DueDateQuery.from(from))).isEqualTo(due);
    }

    @ParameterizedTest(name = "decision notice {0}, certificate {1}: appeal by {2}")
    @CsvSource({
            "2026-03-10,           , 2026-05-10",   // two months after the notice
            "2026-03-10, 2026-04-20, 2026-05-20",   // a month after a later certificate
            "2026-03-10, 2026-03-20, 2026-05-10",   // an earlier certificate's month is shorter
            "2026-06-15,           , 2026-09-01",   // 15 August falls in August: first working day after 31 Aug (Mon 31 Aug 2026 is a bank holiday)
            "2026-10-27,           , 2027-01-04",   // 27 December: first working day after 1 January (Sat 2, Sun 3)
            "2026-12-31, 2026-11-01, 2027-02-28",   // a Sunday: the rule moves only Christmas and August days
            "2026-10-31,           , 2027-01-04",   // 31 December
            "2026-11-01,           , 2027-01-04",   // 1 January itself
    })
    void appealLodgeTakesTheLaterLimitAndLeavesChristmasAndAugust(LocalDate notice, LocalDate certificate, LocalDate due) {
        assertThat(CALENDAR.due(DeadlineKey.APPEAL_LODGE, new DueDateQuery(notice, certificate, null, false)))
                .isEqualTo(due);
    }

    @ParameterizedTest(name = "{1} transfer on {0}: reviewed by {2}")
    @CsvSource({
            "2027-09-01, OTHER,               2027-02-14",
            "2027-09-01, SECONDARY_TO_POST16, 2027-03-30",
            "2027-09-01, POST16_TO_POST16,    2027-04-01",
            "2028-07-31, POST16_TO_POST16,    2028-02-29",   // five months before, clamped to the end of February
    })
    void phaseTransferReviewDates(LocalDate transfer, PhaseTransfer phase, LocalDate due) {
        assertThat(CALENDAR.due(DeadlineKey.PHASE_TRANSFER, new DueDateQuery(transfer, null, phase, false)))
                .isEqualTo(due);
    }

    @Test
    void phaseTransferWithoutAPhaseNamesTheMissingField() {
        assertThatThrownBy(() -> CALENDAR.due(DeadlineKey.PHASE_TRANSFER, DueDateQuery.from(LocalDate.of(2027, 9, 1))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("phase"));
    }

    @Test
    void aChildUnder5IsReviewedAfterTheConfiguredMonths() {
        assertThat(CALENDAR.due(DeadlineKey.REVIEW_MEETING, new DueDateQuery(LocalDate.of(2026, 8, 31), null, null, true)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        StatutoryCalendar fourMonthly = new StatutoryCalendar(
                new CalendarProperties(null, List.of(), 4, Map.of(), Map.of(), 35), new ObjectMapper());
        assertThat(fourMonthly.due(DeadlineKey.REVIEW_MEETING, new DueDateQuery(LocalDate.of(2026, 8, 31), null, null, true)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void breachTimersFireAtMidnightLondonTheDayAfterTheDueDate() {
        assertThat(CALENDAR.breachMoment(LocalDate.of(2026, 5, 25)))
                .isEqualTo(ZonedDateTime.parse("2026-05-26T00:00+01:00[Europe/London]"));
        assertThat(CALENDAR.breachMoment(LocalDate.of(2026, 2, 16)).toInstant())
                .hasToString("2026-02-17T00:00:00Z");
    }

    @Test
    void warningsFallAWeekBeforeLongLimitsAndTwoWorkingDaysBeforeShortOnes() {
        LocalDate received = LocalDate.of(2026, 1, 5);
        assertThat(CALENDAR.warningDate(DeadlineKey.FINAL_PLAN, received, LocalDate.of(2026, 5, 25)))
                .isEqualTo(LocalDate.of(2026, 5, 18));
        // draft served Mon 30 Mar 2026, comments due Mon 13 Apr; Good Friday 3 Apr and Easter Monday 6 Apr are not counted
        assertThat(CALENDAR.warningDate(DeadlineKey.DRAFT_COMMENTS, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 13)))
                .isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void aConfiguredWarningReplacesTheDefault() {
        StatutoryCalendar calendar = new StatutoryCalendar(new CalendarProperties(null, List.of(), 6,
                Map.of(DeadlineKey.FINAL_PLAN, WarningLead.parse("14 days"),
                        DeadlineKey.ASSESSMENT_DECISION, WarningLead.parse("3 working days")), Map.of(), 35),
                new ObjectMapper());
        assertThat(calendar.warningDate(DeadlineKey.FINAL_PLAN, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 5, 25)))
                .isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(calendar.warningDate(DeadlineKey.ASSESSMENT_DECISION, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 16)))
                .isEqualTo(LocalDate.of(2026, 2, 11));
    }

    @Test
    void aLocalStandardCanBeConfiguredButAStatutoryLimitCannot() {
        StatutoryCalendar calendar = new StatutoryCalendar(new CalendarProperties(null, List.of(), 6, Map.of(),
                Map.of(DeadlineKey.QUERY_RESPONSE, 10), 35), new ObjectMapper());
        assertThat(calendar.due(DeadlineKey.QUERY_RESPONSE, DueDateQuery.from(LocalDate.of(2026, 3, 2))))
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThatThrownBy(() -> new StatutoryCalendar(new CalendarProperties(null, List.of(), 6, Map.of(),
                Map.of(DeadlineKey.FINAL_PLAN, 10), 35), new ObjectMapper()))
                .hasMessageContaining("FINAL_PLAN");
    }

    @Test
    void anExtraBankHolidayIsSkippedAndYearsPastTheListAreCounted() {
        StatutoryCalendar calendar = new StatutoryCalendar(new CalendarProperties(null,
                List.of(LocalDate.of(2026, 3, 3)), 6, Map.of(), Map.of(), 35), new ObjectMapper());
        assertThat(calendar.due(DeadlineKey.COMPLAINT_ACK, DueDateQuery.from(LocalDate.of(2026, 3, 2))))
                .isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(CALENDAR.due(DeadlineKey.QUERY_RESPONSE, DueDateQuery.from(LocalDate.of(2031, 3, 3))))
                .isEqualTo(LocalDate.of(2031, 3, 10));
        // 30 Tribunal days from Sun 1 Jun 2031: 21 in June (2-6, 9-13, 16-20, 23-27, 30), then 1-4 and 7-11 July
        assertThat(CALENDAR.due(DeadlineKey.TRIBUNAL_RESPONSE, DueDateQuery.from(LocalDate.of(2031, 6, 1))))
                .isEqualTo(LocalDate.of(2031, 7, 11));
        // from Sat 1 Dec 2035: 16 days to Mon 24 Dec, none 25 Dec-1 Jan, then 2-4, 7-11, 14-18 and 21 Jan 2036
        assertThat(CALENDAR.due(DeadlineKey.TRIBUNAL_RESPONSE, DueDateQuery.from(LocalDate.of(2035, 12, 1))))
                .isEqualTo(LocalDate.of(2036, 1, 21));
    }

    @Test
    void theShippedListHasEveryBankHolidayFrom2014To2030() {
        WorkingDayCalendar days = CALENDAR.workingDays();
        assertThat(List.of("2014-01-01", "2016-03-25", "2020-05-08", "2020-12-28", "2022-06-02", "2022-06-03",
                "2022-09-19", "2023-05-08", "2027-03-26", "2027-12-27", "2027-12-28", "2030-04-22", "2030-12-26"))
                .allSatisfy(day -> assertThat(days.isBankHoliday(LocalDate.parse(day))).as(day).isTrue());
        assertThat(List.of("2020-05-04", "2022-05-30", "2027-12-25"))
                .allSatisfy(day -> assertThat(days.isBankHoliday(LocalDate.parse(day))).as(day).isFalse());
    }
}
