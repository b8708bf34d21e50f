package org.ehcflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Case records for tests, each with its own reference. */
public final class TestCases {

    private TestCases() {
    }

    public static CaseRecord register(CaseRepository cases, String officer) {
        return register(cases, officer, "Amara", "Test");
    }

    /**
     * The case's request was received on {@code received} and its plan issued on {@code issued}, the decisions
     * between them, as the needs-assessment journey would have recorded them.
     */
    public static void planIssued(JdbcClient jdbc, String reference, LocalDate received, LocalDate issued) {
        jdbc.sql("""
                update ehc_case set request_received = :received, request_decision = 'ASSESS', request_decision_date = :decided,
                assessment_outcome = 'ISSUE', assessment_outcome_date = :outcome, plan_issue_date = :issued,
                stage = 'PLAN_MAINTAINED' where reference = :reference""")
                .param("received", received).param("decided", received.plusDays(35))
                .param("outcome", issued.minusDays(30)).param("issued", issued).param("reference", reference).update();
    }

    public static CaseRecord register(CaseRepository cases, String officer, String givenName, String familyName) {
        String reference = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CaseRecord c = new CaseRecord(reference,
                new CaseRecord.Child(givenName, familyName, LocalDate.of(2018, 4, 12), null),
                new CaseRecord.Parent("Grace Test", "grace.test@example.org", "07700 900123"),
                new CaseRecord.School("Oakfield Primary School", "100001", "senco@oakfield.example.org"),
                officer, "CONSIDERING_REQUEST", LocalDate.of(2026, 1, 5), CaseRecord.Requester.PARENT, Instant.now());
        cases.insert(c);
        return c;
    }
}
