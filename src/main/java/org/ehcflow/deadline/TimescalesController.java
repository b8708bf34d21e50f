package org.ehcflow.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.ehcflow.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The statutory calendar, for officers checking a date and for other systems. */
@Tag(name = ApiTags.TIMESCALES)
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

    @Operation(summary = "Every statutory timescale", description = """
            Every statutory deadline key with its counting rule, what it counts from, its legal source and how firm
            it is""")
    @ApiAnswers(200)
    @GetMapping
    List<Timescale> list() {
        return Arrays.stream(DeadlineKey.values())
                .map(key -> new Timescale(key, calendar.rule(key).describe(), key.startsFrom(), key.requirement(),
                        key.source(), key.status()))
                .toList();
    }

    @Operation(summary = "A statutory due date", description = """
            `from=YYYY-MM-DD`: `{"key", "from", "dueDate", "source"}`; also `certificate=` for `APPEAL_LODGE`,
            `phase=OTHER|SECONDARY_TO_POST16|POST16_TO_POST16` for `PHASE_TRANSFER` (then `from` is the transfer
            date), `under5=true` for `REVIEW_MEETING`. For keys counted back from a meeting or hearing, `from` is
            that date""")
    @ApiAnswers(value = 200, problems = {400, 404})
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
