package org.ehcflow.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.ehcflow.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statutory calendar, for officers checking a date and for other systems. */
@RestController
@RequestMapping("/api/timescales")
class TimescalesController {

    private final StatutoryCalendar calendar;

    TimescalesController(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    record Timescale(DeadlineKey key, String rule, String startsFrom, String requirement, String source,
                     LegalStatus status) {
    }

    record DueDate(DeadlineKey key, LocalDate from, LocalDate dueDate, String source) {
    }

    @GetMapping
    List<Timescale> list() {
        return Arrays.stream(DeadlineKey.values())
                .map(key -> new Timescale(key, calendar.rule(key).describe(), key.startsFrom(), key.requirement(),
                        key.source(), key.status()))
                .toList();
    }

    @GetMapping("/{key}/due")
    DueDate due(@PathVariable("key") String key,
                @RequestParam("from") @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                @RequestParam(name = "certificate", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate certificate,
                @RequestParam(name = "phase", required = false) PhaseTransfer phase,
                @RequestParam(name = "under5", defaultValue = "false") boolean under5) {
        DeadlineKey deadlineKey = parse(key);
        LocalDate due = calendar.due(deadlineKey, new DueDateQuery(from, certificate, phase, under5));
        return new DueDate(deadlineKey, from, due, deadlineKey.source());
    }

    private static DeadlineKey parse(String key) {
        try {
            return DeadlineKey.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No statutory timescale has the key '" + key + "'");
        }
    }
}
