package org.ehcflow.caseload;

import java.time.LocalDate;

/** An officer away from {@code from} to {@code to}, both included (leave, sickness): no new cases then. */
public record Absence(long id, String officer, LocalDate from, LocalDate to, String reason) {

    /** {@code POST /api/caseloads/{officer}/absences}. */
    public record New(LocalDate from, LocalDate to, String reason) {
    }
}
