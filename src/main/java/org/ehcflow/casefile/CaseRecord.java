package org.ehcflow.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** A child's case: who the child is, who to tell, who holds it and where it stands. Keyed by its reference. */
public record CaseRecord(String reference, Child child, Parent parent, School school, String caseOfficer,
                         String stage, LocalDate requestReceived, Requester requester, Instant createdAt) {

    public record Child(String givenName, String familyName, LocalDate dateOfBirth, String upn) {
        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    public record Parent(String name, String email, String phone) {
    }

    public record School(String name, String urn, String email) {
    }

    public enum Requester { PARENT, YOUNG_PERSON, SCHOOL, OTHER }
}
