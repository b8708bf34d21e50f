package org.ehcflow.deadline;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Today's date in Europe/London, read from the engine's clock so that process tests can move time. */
public final class Today {

    private Today() {
    }

    public static LocalDate inLondon() {
        return ClockUtil.getCurrentTime().toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate();
    }
}
