package org.ehcflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.ehcflow.system.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** A report's period as a manager gives it: English or ISO dates, one end or none, parts to 2045 and beyond. */
class ReportPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void withNoDatesItIsThisCalendarYearByMonth() {
        ReportPeriod period = ReportPeriod.of(null, "", null, TODAY);
        assertThat(period.from()).hasToString("2026-01-01");
        assertThat(period.to()).hasToString("2026-12-31");
        assertThat(period.parts()).hasSize(12).first().satisfies(part -> assertThat(part.label()).isEqualTo("2026-01"));
    }

    @Test
    void givenOneEndTheOtherIsThatCalendarYears() {
        assertThat(ReportPeriod.of(null, "31/03/2025", null, TODAY).from()).hasToString("2025-01-01");
        assertThat(ReportPeriod.of("01/04/2044", null, null, TODAY).to()).hasToString("2044-12-31");
    }

    @Test
    void quartersAndYearsAreCalendarOnesClippedToThePeriod() {
        ReportPeriod period = ReportPeriod.of("15/02/2040", "10/08/2045", "quarter", TODAY);
        assertThat(period.parts()).hasSize(23);
        assertThat(period.parts().get(0)).satisfies(part -> {
            assertThat(part.label()).isEqualTo("2040-Q1");
            assertThat(part.from()).hasToString("2040-02-15");
            assertThat(part.to()).hasToString("2040-03-31");
        });
        assertThat(period.parts().get(22).to()).hasToString("2045-08-10");
        assertThat(ReportPeriod.of("2044-02-29", "2046-01-01", "year", TODAY).parts())
                .extracting(ReportPeriod.Part::label).containsExactly("2044", "2045", "2046");
        assertThat(ReportPeriod.inWords("2045-Q3")).isEqualTo("July to September 2045");
        assertThat(ReportPeriod.inWords("2045-02")).isEqualTo("February 2045");
    }

    @Test
    void anImplausibleDateOrSplitIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ReportPeriod.of("29/02/2027", null, null, TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> ReportPeriod.of("2026-01-01", "2101-01-01", null, TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> ReportPeriod.of("2026-01-01", "2026-01-01", "fortnight", TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("by"));
        assertThatThrownBy(() -> ReportPeriod.of("2014-09-01", "2060-12-31", "month", TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("by"));
    }
}
