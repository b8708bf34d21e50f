package org.ehcflow.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Computes due dates, warning dates and breach moments for every deadline key, following
 * shared/statutory-timescales.md section 1. Dates are calendar dates in Europe/London.
 */
@Service
public class StatutoryCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingDayCalendar workingDays;
    private final CountingContext context;
    private final Map<DeadlineKey, CountingRule> rules = new EnumMap<>(DeadlineKey.class);
    private final Map<DeadlineKey, WarningLead> warnings;

    StatutoryCalendar(CalendarProperties properties, ObjectMapper json) {
        this.workingDays = new WorkingDayCalendar(BankHolidayList.load(properties, json));
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
