package org.ehcflow.reporting.sen2;

import java.time.LocalDate;

/**
 * One case as the return sees it: the child, their request, its assessment, the plan and its placement, and the
 * latest review before the reference date. A child with two requests (one refused, a later one assessed) is one
 * person with two cases.
 */
record Sen2Case(String reference, String stage, Child child, Request request, Assessment assessment, Plan plan,
                Review lastReview) {

    record Child(String surname, String forename, LocalDate dateOfBirth, String sex, String ethnicity, String postcode,
                 String upn, String uln, String upnUnknown) {

        /** The same child in two cases: the same UPN, or (without one) the same names and date of birth. */
        String personKey() {
            return upn != null ? "UPN " + upn
                    : "child " + surname.toLowerCase(java.util.Locale.ROOT) + "|" + forename.toLowerCase(java.util.Locale.ROOT)
                    + "|" + dateOfBirth;
        }
    }

    /** Absent ({@code received} null) for a plan the council brought in from its old system. */
    record Request(LocalDate received, String source, Integer sourceCode, String decision, LocalDate decisionDate,
                   boolean mediation, boolean tribunal) {
    }

    record Assessment(String outcome, LocalDate outcomeDate, boolean mediation, boolean tribunal, boolean week20Exception) {
    }

    record Plan(LocalDate startDate, boolean imported, String namedSetting, String urn, String ukprn, String settingType,
                LocalDate ceaseDate, Integer ceaseReason, String primaryNeed) {

        boolean activeOn(LocalDate day) {
            return startDate != null && !startDate.isAfter(day) && (ceaseDate == null || ceaseDate.isAfter(day));
        }

        boolean hasNamedPlacement() {
            return urn != null || ukprn != null || settingType != null;
        }
    }

    record Review(LocalDate meeting, String outcome) {
    }
}
