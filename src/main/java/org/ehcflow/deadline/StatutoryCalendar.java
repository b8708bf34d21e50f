package org.ehcflow.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

import org.ehcflow.system.PlausibleDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Computes due dates, warning dates and breach moments for every deadline key, following
 * shared/statutory-timescales.md section 1. Dates are calendar dates in Europe/London.
 */
@Service
public class StatutoryCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Logger LOG = LoggerFactory.getLogger(StatutoryCalendar.class);

    private final WorkingDayCalendar workingDays;
    private final CountingContext context;
    private final Map<DeadlineKey, CountingRule> rules = new EnumMap<>(DeadlineKey.class);
    private final Map<DeadlineKey, WarningLead> warnings;

    StatutoryCalendar(CalendarProperties properties, ObjectMapper json) {
        BankHolidays bankHolidays = BankHolidayList.load(properties, json);
        LOG.info("England-and-Wales bank holidays: the published list to {}; clocks running past {} are counted by the"
                + " standing rules until GOV.UK publishes those years", bankHolidays.lastPublishedYear(), bankHolidays.lastPublishedYear());
        this.workingDays = new WorkingDayCalendar(bankHolidays);
        this.context = new CountingContext(workingDays, properties.under5ReviewMonths());
        this.warnings = properties.warnings();
        for (DeadlineKey key : DeadlineKey.values()) {
            rules.put(key, key.rule());
        }
        properties.localStandards().forEach((key, days) -> {
            if (key.status() != LegalStatus.LOCAL) {
                throw new IllegalArgumentException("ehcflow.calendar.local-standards." + key
                        + ": only local service standards can be configured; " + key + " is set by " + key.source());
            }
            rules.put(key, new CountingRule.WorkingDays(days));
        });
    }

    public LocalDate due(DeadlineKey key, DueDateQuery query) {
        PlausibleDates.clockStart("from", query.from());
        PlausibleDates.clockStart("certificate", query.certificate());
        return rules.get(key).due(query, context);
    }

    /** The rule in force for a key (a local standard may have been configured). */
    public CountingRule rule(DeadlineKey key) {
        return rules.get(key);
    }

    /** The day the warning for a deadline falls due: configured per key, else the specification's default. */
    public LocalDate warningDate(DeadlineKey key, LocalDate start, LocalDate due) {
        WarningLead lead = warnings.getOrDefault(key, WarningLead.defaultFor(start, due));
        return lead.before(due, workingDays);
    }

    /** A breach timer fires at 00:00 Europe/London on the day after the due date. */
    public ZonedDateTime breachMoment(LocalDate due) {
        return due.plusDays(1).atStartOfDay(LONDON);
    }

    /** A warning timer fires at the start of its day, Europe/London. */
    public ZonedDateTime warningMoment(DeadlineKey key, LocalDate start, LocalDate due) {
        return warningDate(key, start, due).atStartOfDay(LONDON);
    }

    public WorkingDayCalendar workingDays() {
        return workingDays;
    }
}
