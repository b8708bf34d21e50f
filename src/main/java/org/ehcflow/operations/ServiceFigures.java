package org.ehcflow.operations;

import java.time.Duration;
import java.util.Map;

/** What the service's gauges show, as last read from the database ({@link ServiceGauges}). */
record ServiceFigures(Map<String, Long> clocksNotDone, Map<String, Long> casesByStage, EngineWork.Waiting jobsDue,
                      long failedJobs, long openIncidents) {

    static final ServiceFigures NONE_YET = new ServiceFigures(Map.of(), Map.of(), new EngineWork.Waiting(0, Duration.ZERO), 0, 0);

    long clocks(String key, String status) {
        return clocksNotDone.getOrDefault(key + "/" + status, 0L);
    }

    long cases(String stage) {
        return casesByStage.getOrDefault(stage, 0L);
    }
}
