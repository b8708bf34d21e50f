package org.ehcflow.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ehcflow.casefile.NextTransfer;

/** A plan the council issued before EHC Flow: its issue date, its last review meeting if any, and the next transfer if known. */
public record ExistingPlan(LocalDate planIssued, LocalDate lastReviewMeeting, NextTransfer nextTransfer) {

    /** What the first review in EHC Flow counts from: the last review meeting, or the plan's issue if it was never reviewed. */
    public LocalDate reviewBase() {
        return lastReviewMeeting != null ? lastReviewMeeting : planIssued;
    }

    /** The names the fields have where the plan came from: JSON properties or CSV columns. */
    public record FieldNames(String planIssued, String lastReviewMeeting, String transferDate, String transferKind) {
    }

    public record Problem(String field, String detail) {
    }

    /** What is wrong with the plan of a child born on {@code dateOfBirth}, as of {@code today}; empty when nothing is. */
    public List<Problem> problems(LocalDate dateOfBirth, LocalDate today, FieldNames names) {
        List<Problem> problems = new ArrayList<>();
        if (planIssued == null) {
            problems.add(new Problem(names.planIssued(), names.planIssued() + " is required"));
        } else if (planIssued.isAfter(today)) {
            problems.add(new Problem(names.planIssued(), names.planIssued() + " " + planIssued + " is in the future"));
        } else if (dateOfBirth != null && planIssued.isBefore(dateOfBirth)) {
            problems.add(new Problem(names.planIssued(), names.planIssued() + " " + planIssued
                    + " is before the child's date of birth (" + dateOfBirth + ")"));
        }
        if (lastReviewMeeting != null) {
            if (lastReviewMeeting.isAfter(today)) {
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
