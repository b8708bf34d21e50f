package org.ehcflow.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * England-and-Wales bank holidays for any year. For the years the published list covers (GOV.UK's, shipped or
 * configured) the list is the answer, one-off days and all; for the others the standing rules are (New Year's Day,
 * Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas and Boxing Day, each with
 * its substitute day), as Jollyday keeps them for England. Extra days configured are added in every year.
 */
public final class BankHolidays {

    private static final Logger LOG = LoggerFactory.getLogger(BankHolidays.class);
    private static final String ENGLAND = "eng";

    private final NavigableSet<LocalDate> published;
    private final Set<LocalDate> extra;
    private final int firstPublishedYear;
    private final int lastPublishedYear;
    private final Map<Integer, Set<LocalDate>> byRule = new ConcurrentHashMap<>();
    private final HolidayManager rules = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    public BankHolidays(Set<LocalDate> published, Set<LocalDate> extra) {
        if (published.isEmpty()) {
            throw new IllegalArgumentException("the published bank-holiday list is empty");
        }
        this.published = new TreeSet<>(published);
        this.extra = Set.copyOf(extra);
        this.firstPublishedYear = this.published.first().getYear();
        this.lastPublishedYear = this.published.last().getYear();
    }

    public boolean contains(LocalDate day) {
        if (extra.contains(day)) {
            return true;
        }
        int year = day.getYear();
        if (year >= firstPublishedYear && year <= lastPublishedYear) {
            return published.contains(day);
        }
        return byRule.computeIfAbsent(year, this::byRule).contains(day);
    }

    /** The last year the published list covers: later clocks are counted by the rules. */
    public int lastPublishedYear() {
        return lastPublishedYear;
    }

    private Set<LocalDate> byRule(int year) {
        LOG.info("Counting a clock in {} by the standing bank-holiday rules: the published list covers {}-{}",
                year, firstPublishedYear, lastPublishedYear);
        return rules.getHolidays(Year.of(year), ENGLAND).stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }
}
