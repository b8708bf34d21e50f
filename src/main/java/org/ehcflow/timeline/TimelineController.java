package org.ehcflow.timeline;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case's timeline. Officers, managers and administrators (see ApiSecurity). */
@RestController
class TimelineController {

    private final CaseTimeline timeline;

    TimelineController(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/cases/{reference}/timeline")
    List<TimelineEntry> get(@PathVariable String reference) {
        return timeline.of(reference);
    }
}
