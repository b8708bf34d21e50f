package org.ehcflow.deadline;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bank holidays past the published list, worked by hand: Easter Sundays 2031-2040 are 13 Apr, 28 Mar, 17 Apr, 9 Apr,
 * 25 Mar, 13 Apr, 5 Apr, 25 Apr, 10 Apr and 1 Apr; 1 January falls on a Saturday in 2033 and 2039 and a Sunday in
 * 2034 and 2040; Christmas Day on a Saturday in 2032 and 2038, a Sunday in 2033 and 2039, a Friday in 2037.
 */
class BankHolidaysTest {

    static final WorkingDayCalendar DAYS = StatutoryCalendarTest.CALENDAR.workingDays();

    @ParameterizedTest(name = "Good Friday {0}, Easter Monday {1}")
    @CsvSource({
            "2031-04-11, 2031-04-14", "2032-03-26, 2032-03-29", "2033-04-15, 2033-04-18", "2034-04-07, 2034-04-10",
            "2035-03-23, 2035-03-26", "2036-04-11, 2036-04-14", "2037-04-03, 2037-04-06", "2038-04-23, 2038-04-26",
            "2039-04-08, 2039-04-11", "2040-03-30, 2040-04-02"})
    void easterIsCountedForEveryYearPastTheList(LocalDate goodFriday, LocalDate easterMonday) {
        assertThat(DAYS.isBankHoliday(goodFriday)).isTrue();
        assertThat(DAYS.isBankHoliday(easterMonday)).isTrue();
        assertThat(DAYS.isBankHoliday(goodFriday.minusDays(1))).isFalse();
        assertThat(DAYS.isBankHoliday(easterMonday.plusDays(1))).isFalse();
    }

    @Test
    void theYearsPastTheListHaveTheirStandingDaysAndSubstitutes() {
        Map<Integer, List<String>> expected = Map.of(
                2032, List.of("2032-01-01", "2032-03-26", "2032-03-29", "2032-05-03", "2032-05-31", "2032-08-30",
                        "2032-12-27", "2032-12-28"),
                2033, List.of("2033-01-03", "2033-04-15", "2033-04-18", "2033-05-02", "2033-05-30", "2033-08-29",
                        "2033-12-26", "2033-12-27"),
                2034, List.of("2034-01-02", "2034-04-07", "2034-04-10", "2034-05-01", "2034-05-29", "2034-08-28",
                        "2034-12-25", "2034-12-26"),
                2037, List.of("2037-01-01", "2037-04-03", "2037-04-06", "2037-05-04", "2037-05-25", "2037-08-31",
                        "2037-12-25", "2037-12-28"),
                2039, List.of("2039-01-03", "2039-04-08", "2039-04-11", "2039-05-02", "2039-05-30", "2039-08-29",
                        "2039-12-26", "2039-12-27"),
                2040, List.of("2040-01-02", "2040-03-30", "2040-04-02", "2040-05-07", "2040-05-28", "2040-08-27",
                        "2040-12-25", "2040-12-26"));
        expected.forEach((year, days) -> assertThat(bankHolidaysIn(year)).as("bank holidays of %d", year)
                .containsExactlyElementsOf(days.stream().map(LocalDate::parse).toList()));
    }

    @Test
    void thePublishedListWinsWhereItCoversTheYear() {
        BankHolidays list = new BankHolidays(Set.of(LocalDate.parse("2030-01-01")), Set.of());
        assertThat(list.contains(LocalDate.parse("2030-12-25"))).as("not in the published list of 2030").isFalse();
        assertThat(list.contains(LocalDate.parse("2031-12-25"))).as("2031 by the rules").isTrue();
        BankHolidays withExtra = new BankHolidays(Set.of(LocalDate.parse("2030-01-01")),
                Set.of(LocalDate.parse("2036-06-05")));
        assertThat(withExtra.contains(LocalDate.parse("2036-06-05"))).as("a configured one-off day").isTrue();
    }

    @Test
    void anyYearCanBeCountedWithoutFailing() {
        assertThatCode(() -> DAYS.workingDaysAfter(LocalDate.of(2100, 12, 20), 30)).doesNotThrowAnyException();
        assertThatCode(() -> DAYS.isBankHoliday(LocalDate.of(0, 1, 1))).doesNotThrowAnyException();
    }

    private static List<LocalDate> bankHolidaysIn(int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), day -> day.getYear() == year, day -> day.plusDays(1))
                .filter(DAYS::isBankHoliday).toList();
    }
}
