package org.ehcflow.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ehcflow.system.PlausibleDates;
import org.ehcflow.casefile.NextTransfer;

/** A plan the council issued before EHC Flow: its issue date, its last review meeting if any, and the next transfer if known. */
public record ExistingPlan(LocalDate planIssued, LocalDate lastReviewMeeting, NextTransfer nextTransfer) {

    /** What the first review in EHC Flow counts from: the last review meeting, or the plan's issue if it was never reviewed. */
    public LocalDate reviewBase() {
        return lastReviewMeeting != null ? lastReviewMeeting : planIssued;
    }

    /** The names the fields have where the plan came from: JSON properties or CSV columns. */
    /** CFA 2014 s.46: a plan may be kept to the end of the academic year in which the young person turns 25. */
    static final int OLDEST_AGE_AT_ISSUE = 26;

    public record FieldNames(String dateOfBirth, String planIssued, String lastReviewMeeting, String transferDate, String transferKind) {
    }

    public record Problem(String field, String detail) {
    }

    /** What is wrong with the plan of a child born on {@code dateOfBirth}, as of {@code today}; empty when nothing is. */
    public List<Problem> problems(LocalDate dateOfBirth, LocalDate today, FieldNames names) {
        List<Problem> problems = new ArrayList<>();
        if (planIssued == null) {
            problems.add(new Problem(names.planIssued(), names.planIssued() + " is required"));
        } else if (!PlausibleDates.isClockStart(planIssued)) {
            problems.add(new Problem(names.planIssued(), PlausibleDates.implausible(names.planIssued(), planIssued)));
        } else if (planIssued.isAfter(today)) {
            problems.add(new Problem(names.planIssued(), names.planIssued() + " " + planIssued + " is in the future"));
        } else if (dateOfBirth != null && planIssued.isBefore(dateOfBirth)) {
            problems.add(new Problem(names.planIssued(), names.planIssued() + " " + planIssued
                    + " is before the child's date of birth (" + dateOfBirth + ")"));
        } else if (dateOfBirth != null && dateOfBirth.isBefore(planIssued.minusYears(OLDEST_AGE_AT_ISSUE))) {
            problems.add(new Problem(names.dateOfBirth(), names.dateOfBirth() + " " + dateOfBirth
                    + " makes the young person older than 25 when the plan was issued (" + planIssued
                    + "): EHC plans are for ages 0 to 25"));
        }
        if (lastReviewMeeting != null) {
            if (!PlausibleDates.isClockStart(lastReviewMeeting)) {
                problems.add(new Problem(names.lastReviewMeeting(), PlausibleDates.implausible(names.lastReviewMeeting(), lastReviewMeeting)));
            } else if (lastReviewMeeting.isAfter(today)) {
                problems.add(new Problem(names.lastReviewMeeting(), names.lastReviewMeeting() + " " + lastReviewMeeting
                        + " is in the future"));
            } else if (planIssued != null && lastReviewMeeting.isBefore(planIssued)) {
                problems.add(new Problem(names.lastReviewMeeting(), names.lastReviewMeeting() + " " + lastReviewMeeting
                        + " is before the plan was issued (" + planIssued + ")"));
            }
        }
        if (nextTransfer != null) {
            if (nextTransfer.date() == null) {
                problems.add(new Problem(names.transferDate(), names.transferDate() + " is required with a transfer kind"));
            } else if (!PlausibleDates.isClockStart(nextTransfer.date())) {
                problems.add(new Problem(names.transferDate(), PlausibleDates.implausible(names.transferDate(), nextTransfer.date())));
            } else if (!nextTransfer.date().isAfter(today)) {
                problems.add(new Problem(names.transferDate(), names.transferDate() + " " + nextTransfer.date()
                        + " is not in the future: give the child's next transfer, or none"));
            }
            if (nextTransfer.kind() == null) {
                problems.add(new Problem(names.transferKind(), names.transferKind()
                        + " is required with a transfer date: OTHER, SECONDARY_TO_POST16 or POST16_TO_POST16"));
            }
        }
        return problems;
    }
}
