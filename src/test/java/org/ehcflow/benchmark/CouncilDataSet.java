package org.ehcflow.benchmark;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A council's caseload as Birmingham's is, at a chosen scale (1.0: 100 officers, 12,094 plans, 1,000 requests in
 * assessment, 600 appeals, 300 complaints). Plans were issued over the last eight years to children of 0 to 25; most
 * were reviewed in the last year, a fifth are overdue (reviews were rare); the children in Year 6 and Year 11 and
 * those starting school move phase next September. Drawn from a fixed seed, so that every run holds the same council.
 */
final class CouncilDataSet {

    static final String OFFICER_PASSWORD = "Granite lantern orchard 42";
    private static final String[] FAMILY_NAMES = {"Khan", "Smith", "Begum", "O'Connor", "Nowak", "Ahmed", "Jones",
            "Müller", "Okafor", "Brown", "Hussain", "Zieliński", "Patel", "Taylor", "Ali", "Walsh"};

    final int officers;
    final int plans;
    final int requests;
    final int appeals;
    final int complaints;
    final LocalDate today;

    CouncilDataSet(double scale, LocalDate today) {
        this.officers = Math.max(2, (int) Math.round(100 * scale));
        this.plans = Math.max(10, (int) Math.round(12_094 * scale));
        this.requests = Math.max(8, (int) Math.round(1_000 * scale));
        this.appeals = Math.max(2, (int) Math.round(600 * scale));
        this.complaints = Math.max(2, (int) Math.round(300 * scale));
        this.today = today;
    }

    List<String> officerIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= officers; i++) {
            ids.add("bench%03d".formatted(i));
        }
        return ids;
    }

    /** The benchmark's officers share one password; the demo profile's own officers' passwords are their ids. */
    static String passwordOf(String officer) {
        return officer.startsWith("bench") ? OFFICER_PASSWORD : officer;
    }

    static String planReference(int i) {
        return "BHM-P%05d".formatted(i);
    }

    /** The plans import: every plan with its officer, issue date, last review and next transfer where it has them. */
    String plansCsv() {
        Random random = new Random(330);
        List<String> officerIds = officerIds();
        StringJoiner csv = new StringJoiner("\n", "", "\n");
        csv.add("case_reference,child_given_name,child_family_name,child_date_of_birth,plan_issued,last_review_meeting,"
                + "parent_name,school_name,next_transfer_date,next_transfer_kind,case_officer");
        for (int i = 0; i < plans; i++) {
            LocalDate born = today.minusYears(2).minusDays(random.nextInt(23 * 365));
            LocalDate earliestPlan = later(born.plusYears(1), today.minusYears(8));
            LocalDate issued = between(random, earliestPlan, today.minusDays(14));
            LocalDate lastReview = lastReview(random, issued);
            String transfer = "";
            String kind = "";
            int ageInSeptember = ageOnLastAugust31(born);
            if (ageInSeptember == 3 || ageInSeptember == 10 || ageInSeptember == 15) {
                transfer = nextSeptember().toString();
                kind = ageInSeptember == 15 ? "SECONDARY_TO_POST16" : "OTHER";
            }
            csv.add(String.join(",", planReference(i), "Child" + i, FAMILY_NAMES[i % FAMILY_NAMES.length], born.toString(),
                    issued.toString(), lastReview == null ? "" : lastReview.toString(), "Parent " + i,
                    "School " + (i % 400), transfer, kind, officerIds.get(i % officerIds.size())));
        }
        return csv.toString();
    }

    /** Four in five plans held a year were reviewed in the last eleven months; the rest are overdue. */
    private LocalDate lastReview(Random random, LocalDate issued) {
        if (issued.isAfter(today.minusYears(1))) {
            return null;
        }
        if (random.nextInt(5) > 0) {
            return between(random, later(issued.plusDays(1), today.minusDays(330)), today.minusDays(7));
        }
        LocalDate overdueFrom = today.minusDays(600);
        return issued.isAfter(today.minusDays(400)) ? null : between(random, later(issued.plusDays(1), overdueFrom), today.minusDays(380));
    }

    /** A request for an assessment received in the last five weeks, as {@code POST /api/cases} takes it. */
    String request(int i) {
        LocalDate born = today.minusYears(3).minusDays(i * 37L % (12 * 365));
        return """
                {"child": {"givenName": "Request%d", "familyName": "%s", "dateOfBirth": "%s"},
                 "requestReceived": "%s", "requester": "PARENT",
                 "parent": {"name": "Parent of request %d", "email": "parent%d@example.org"},
                 "school": {"name": "School %d", "urn": "1%05d"}}""".formatted(i, FAMILY_NAMES[i % FAMILY_NAMES.length],
                born, today.minusDays(i % 35), i, i, i % 400, i % 400);
    }

    String appeal(int i) {
        return """
                {"decision": "PLAN_CONTENTS", "tribunalReference": "EH330/%d/%05d", "sentToLocalAuthority": "%s"}"""
                .formatted(today.getYear() % 100, i, today.minusDays(i % 30));
    }

    String complaint(int i) {
        return """
                {"kind": "%s", "receivedOn": "%s", "complainantName": "Parent %d", "summary": "The annual review is late"}"""
                .formatted(i % 3 == 0 ? "QUERY" : "COMPLAINT", today.minusDays(i % 15), i);
    }

    private int ageOnLastAugust31(LocalDate born) {
        LocalDate august31 = MonthDay.of(8, 31).atYear(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
        return java.time.Period.between(born, august31).getYears();
    }

    private LocalDate nextSeptember() {
        LocalDate september = LocalDate.of(today.getYear(), 9, 1);
        return september.isAfter(today) ? september : september.plusYears(1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}
