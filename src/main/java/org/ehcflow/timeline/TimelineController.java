package org.ehcflow.timeline;

import java.util.List;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A case's timeline. Officers, managers and administrators (see ApiSecurity). */
@Tag(name = ApiTags.CASES)
@RestController
class TimelineController {

    private final CaseTimeline timeline;

    TimelineController(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @Operation(summary = "A case's timeline", description = """
            The case's account in order: `at` (or only `day`, for deadlines), `kind` (JOURNEY_STARTED,
            STEP_COMPLETED, DEADLINE_MET, DEADLINE_BREACHED, NOTIFICATION, HANDOVER, COMPLAINT), `what`, `who`""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}/timeline")
    List<TimelineEntry> get(@PathVariable String reference) {
        return timeline.of(reference);
    }
}
