package org.ehcflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;

/** Case records for tests, each with its own reference. */
public final class TestCases {

    private TestCases() {
    }

    public static CaseRecord register(CaseRepository cases, String officer) {
        return register(cases, officer, "Amara", "Test");
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
