package org.ehcflow.reporting.sen2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the DfE's validation would refuse in the return, case by case, so that officers can put it right before it is
 * submitted: missing identifiers and characteristics, a plan in place with no named setting or primary need, and
 * dates out of order. docs/sen2-return.md lists each rule and the item it guards.
 */
public final class Sen2Check {

    public enum Severity { ERROR, QUERY }

    /** One thing to put right: the case (none for the header), the return's item, and what is wrong in words. */
    public record Problem(String reference, String child, String item, Severity severity, String message) {
    }

    private Sen2Check() {
    }

    static List<Problem> of(Sen2Return.Document document) {
        List<Problem> problems = new ArrayList<>();
        if (document.laNumber() == null || !document.laNumber().matches("[0-9]{3}")) {
            problems.add(new Problem(null, null, "LEA", Severity.ERROR, "The council's three-digit DfE local authority"
                    + " number is not set: set ehcflow.sen2.la-number (Birmingham's is 330)."));
        }
        for (String[] officer : new String[][] {{"DMO", document.designatedMedicalOfficer(), "ehcflow.sen2.dmo"},
                {"DCO", document.designatedClinicalOfficer(), "ehcflow.sen2.dco"}}) {
            if (officer[1] != null && !officer[1].matches("[YNR]")) {
                problems.add(new Problem(null, null, officer[0], Severity.ERROR, officer[2] + " must be Y, N or R."));
            }
        }
        for (List<Sen2Case> person : document.persons()) {
            person.forEach(c -> new CaseCheck(c, document.collection().referenceDate(), problems).run());
        }
        return problems;
    }

    private record CaseCheck(Sen2Case c, LocalDate referenceDate, List<Problem> problems) {

        void run() {
            person();
            request();
            assessment();
            plan();
        }

        private void person() {
            Sen2Case.Child child = c.child();
            if (child.sex() == null) {
                error("Sex", "The child's sex is missing (M, F, or U if not known).");
            }
            if (child.ethnicity() == null) {
                error("Ethnicity", "The child's ethnicity is missing: record the DfE code, or REFU if the family declined"
                        + " to give it, or NOBT if it has not been obtained.");
            }
            if (child.postcode() == null) {
                error("PostCode", "The child's home postcode is missing.");
            }
            if (child.upn() == null && child.uln() == null && child.upnUnknown() == null) {
                error("UPN", "The child has no UPN, no ULN and no reason why neither is known (UPNunknown).");
            }
            if (child.upn() != null && !UpnCheckLetter.isValid(child.upn())) {
                error("UPN", "The UPN " + child.upn() + " has the wrong check letter: it is not a real UPN. Check it"
                        + " against the school's record.");
            }
            if (child.dateOfBirth().isAfter(referenceDate)) {
                error("PersonBirthDate", "The date of birth is after the reference date.");
            }
        }

        private void request() {
            Sen2Case.Request r = c.request();
            if (r == null) {
                return;
            }
            if (r.sourceCode() == null) {
                error("RequestSource", "Where the request came from is missing (RequestSource 1 to 5).");
            }
            if (r.received().isBefore(c.child().dateOfBirth())) {
                error("ReceivedDate", "The request was received before the child was born.");
            }
            if (r.decisionDate() != null && r.decisionDate().isBefore(r.received())) {
                error("RequestOutcomeDate", "The decision whether to assess is dated before the request was received.");
            }
        }

        private void assessment() {
            Sen2Case.Assessment a = c.assessment();
            if (a.outcomeDate() == null) {
                return;
            }
            Sen2Case.Request r = c.request();
            if (r != null && !"ASSESS".equals(r.decision())) {
                error("AssessmentOutcome", "The assessment has an outcome but the request is not recorded as assessed.");
            }
            if (r != null && r.decisionDate() != null && a.outcomeDate().isBefore(r.decisionDate())) {
                error("AssessmentOutcomeDate", "The assessment outcome is dated before the decision to assess.");
            }
        }

        private void plan() {
            Sen2Case.Plan p = c.plan();
            if (p.startDate() == null) {
                return;
            }
            if (!p.imported() && !"ISSUE".equals(c.assessment().outcome())) {
                error("AssessmentOutcome", "A plan was issued but the assessment outcome is not a decision to issue.");
            }
            if (c.request() != null && p.startDate().isBefore(c.request().received())) {
                error("StartDate", "The plan starts before the request was received.");
            }
            if (c.assessment().outcomeDate() != null && p.startDate().isBefore(c.assessment().outcomeDate())) {
                error("StartDate", "The plan starts before the decision to issue it.");
            }
            if (p.ceaseDate() != null && p.ceaseDate().isBefore(p.startDate())) {
                error("CeaseDate", "The plan ceases before it started.");
            }
            if (p.ceaseDate() != null && p.ceaseReason() == null) {
                error("CeaseReason", "The plan ceased but the reason (1 to 9) is missing.");
            }
            if (!p.hasNamedPlacement()) {
                error("PlanDetail", "The plan names no setting: record the school's URN, the college's UKPRN, or the"
                        + " setting type (such as EHE for elective home education).");
            }
            if (p.activeOn(referenceDate)) {
                if (p.primaryNeed() == null) {
                    error("SENtype", "The plan in place has no primary need (SEN type).");
                }
                if (c.lastReview() == null && p.startDate().plusMonths(12).isBefore(referenceDate)) {
                    problems.add(new Problem(c.reference(), name(), "ReviewMeeting", Severity.QUERY,
                            "The plan is more than a year old and no review meeting is recorded."));
                }
            }
        }

        private void error(String item, String message) {
            problems.add(new Problem(c.reference(), name(), item, Severity.ERROR, message));
        }

        private String name() {
            return c.child().forename() + " " + c.child().surname();
        }
    }
}
