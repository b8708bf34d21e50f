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

    /**
     * The decision to issue was made before the reporting period, or the plan came from the council's old system:
     * the return calls both "historical" (H) and asks no more about the request.
     */
    static boolean historical(Sen2Case c, CollectionYear collection) {
        return c.plan().imported() || "ISSUE".equals(c.assessment().outcome()) && c.assessment().outcomeDate() != null
                && c.assessment().outcomeDate().isBefore(collection.periodStart());
    }

    /** Module 2: the request and the decision whether to assess (RequestOutcome Y, N, A not yet, W withdrawn, H). */
    static Map<String, String> request(Sen2Case c, CollectionYear collection) {
        Map<String, String> items = new LinkedHashMap<>();
        Sen2Case.Request request = c.request();
        boolean historical = historical(c, collection);
        items.put("ReceivedDate", request == null ? null : date(request.received()));
        items.put("RequestSource", request == null || request.sourceCode() == null ? null : request.sourceCode().toString());
        items.put("RYA", request == null ? null : "0");
        items.put("RequestOutcomeDate", request == null ? null : date(request.decisionDate()));
        items.put("RequestOutcome", historical ? "H" : request == null || request.decision() == null ? "A"
                : switch (request.decision()) {
                    case "ASSESS" -> "Y";
                    case "NOT_ASSESS" -> "N";
                    default -> "W";
                });
        items.put("RequestMediation", request == null ? null : flag(request.mediation()));
        items.put("RequestTribunal", request == null ? null : flag(request.tribunal()));
        return items;
    }

    /** Whether the case has an assessment to report: one was decided on, or a plan is held. */
    static boolean hasAssessment(Sen2Case c) {
        return c.request() != null && "ASSESS".equals(c.request().decision()) || c.plan().startDate() != null;
    }

    /** Module 3: the decision whether to issue a plan (AssessmentOutcome Y, N, A not yet, W withdrawn, H). */
    static Map<String, String> assessment(Sen2Case c, CollectionYear collection) {
        Sen2Case.Assessment a = c.assessment();
        Map<String, String> items = new LinkedHashMap<>();
        items.put("AssessmentOutcome", historical(c, collection) ? "H" : "ISSUE".equals(a.outcome()) ? "Y"
                : "NOT_ISSUE".equals(a.outcome()) ? "N" : "WITHDRAWN".equals(c.stage()) ? "W" : "A");
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

    /**
     * Where the plan places the child: a school by URN, a college by UKPRN, or a setting type when neither; in an
     * active plan's PlacementDetail also the day the child entered it, taken as the day the plan began.
     */
    static Map<String, String> placement(Sen2Case.Plan plan, boolean inPlacementDetail) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("URN", plan.urn());
        items.put("UKPRN", plan.urn() == null ? plan.ukprn() : null);
        items.put("SENSetting", plan.urn() == null && plan.ukprn() == null ? plan.settingType() : null);
        items.put("PlacementRank", "1");
        if (inPlacementDetail) {
            items.put("EntryDate", date(plan.startDate()));
        }
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
