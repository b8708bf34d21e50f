package org.ehcflow.reporting.sen2;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case's values under the return's item names and codes, in the order of the specification's modules: what both
 * the XML and the CSV write, so the two cannot differ. docs/sen2-return.md gives each item's source and choices.
 */
final class Sen2Items {

    private Sen2Items() {
    }

    static Map<String, String> person(Sen2Case.Child child) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("Surname", child.surname());
        items.put("Forename", child.forename());
        items.put("PersonBirthDate", date(child.dateOfBirth()));
        items.put("Sex", child.sex());
        items.put("Ethnicity", child.ethnicity());
        items.put("PostCode", child.postcode());
        items.put("UPN", child.upn());
        items.put("UniqueLearnerNumber", child.uln());
        items.put("UPNunknown", child.upn() == null && child.uln() == null ? child.upnUnknown() : null);
        return items;
    }

    /** Module 2, or nothing for a plan brought in from the council's old system (no request was made in EHC Flow). */
    static Map<String, String> request(Sen2Case.Request request) {
        Map<String, String> items = new LinkedHashMap<>();
        if (request == null) {
            return items;
        }
        items.put("ReceivedDate", date(request.received()));
        items.put("RequestSource", request.sourceCode() == null ? null : request.sourceCode().toString());
        items.put("RYA", "0");
        items.put("RequestOutcomeDate", date(request.decisionDate()));
        items.put("RequestOutcome", request.decision() == null ? null : switch (request.decision()) {
            case "ASSESS" -> "A";
            case "NOT_ASSESS" -> "N";
            default -> "W";
        });
        items.put("RequestMediation", flag(request.mediation()));
        items.put("RequestTribunal", flag(request.tribunal()));
        items.put("Exported", "0");
        return items;
    }

    /** Whether the case has an assessment to report: one was decided on, or a plan is held. */
    static boolean hasAssessment(Sen2Case c) {
        return c.request() != null && "ASSESS".equals(c.request().decision()) || c.plan().startDate() != null;
    }

    static Map<String, String> assessment(Sen2Case c) {
        Sen2Case.Assessment a = c.assessment();
        Map<String, String> items = new LinkedHashMap<>();
        items.put("AssessmentOutcome", a.outcome() == null ? null : "ISSUE".equals(a.outcome()) ? "Y" : "N");
        items.put("AssessmentOutcomeDate", date(a.outcomeDate()));
        items.put("AssessmentMediation", flag(a.mediation()));
        items.put("AssessmentTribunal", flag(a.tribunal()));
        items.put("OtherMediation", "0");
        items.put("OtherTribunal", "0");
        items.put("Week20", c.plan().imported() ? null : flag(a.week20Exception()));
        return items;
    }

    static Map<String, String> namedPlan(Sen2Case.Plan plan) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("StartDate", date(plan.startDate()));
        items.put("CeaseDate", date(plan.ceaseDate()));
        items.put("CeaseReason", plan.ceaseReason() == null ? null : plan.ceaseReason().toString());
        return items;
    }

    /** Where the plan places the child: a school or college by URN or UKPRN, or a setting type when neither. */
    static Map<String, String> placement(Sen2Case.Plan plan) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("URN", plan.urn());
        items.put("UKPRN", plan.urn() == null ? plan.ukprn() : null);
        items.put("SENSetting", plan.urn() == null && plan.ukprn() == null ? plan.settingType() : null);
        items.put("PlacementRank", "1");
        items.put("SENunitIndicator", "0");
        items.put("ResourcedProvisionIndicator", "0");
        return items;
    }

    static Map<String, String> senNeed(Sen2Case.Plan plan) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("SENtype", plan.primaryNeed());
        items.put("SENtypeRank", plan.primaryNeed() == null ? null : "1");
        return items;
    }

    static Map<String, String> review(Sen2Case.Review review) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("ReviewMeeting", review == null ? null : date(review.meeting()));
        items.put("ReviewOutcome", review == null || review.outcome() == null ? null : switch (review.outcome()) {
            case "MAINTAIN" -> "M";
            case "AMEND" -> "A";
            default -> "C";
        });
        return items;
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
