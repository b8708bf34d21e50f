package org.ehcflow.reporting.sen2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.reporting.CsvText;

/**
 * The return as one CSV row per request (the person's items repeated), with the XML's item names as columns and the
 * case reference first, for a council's own checks in a spreadsheet.
 */
final class Sen2Csv {

    private Sen2Csv() {
    }

    static String of(Sen2Return.Document document) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (List<Sen2Case> person : document.persons()) {
            for (Sen2Case c : person) {
                Map<String, String> row = row(c, document.collection());
                if (header.isEmpty()) {
                    header.addAll(row.keySet());
                }
                rows.add(new ArrayList<>(row.values()));
            }
        }
        if (header.isEmpty()) {
            header.addAll(row(null, document.collection()).keySet());
        }
        return CsvText.of(header, rows);
    }

    /** Every column, in order, for one case; {@code c} null gives the columns with no values. */
    private static Map<String, String> row(Sen2Case c, CollectionYear collection) {
        Sen2Case sample = c != null ? c : EMPTY;
        Map<String, String> row = new LinkedHashMap<>();
        row.put("CaseReference", c == null ? null : c.reference());
        row.putAll(Sen2Items.person(sample.child()));
        Map<String, String> request = Sen2Items.request(sample.request() != null ? sample.request() : EMPTY_REQUEST);
        request.replaceAll((k, v) -> sample.request() == null ? null : v);
        row.putAll(request);
        Map<String, String> assessment = Sen2Items.assessment(sample);
        boolean assessed = c != null && Sen2Items.hasAssessment(c);
        assessment.forEach((k, v) -> row.put(k, assessed ? v : null));
        Sen2Items.namedPlan(sample.plan()).forEach((k, v) -> row.put(k, c == null ? null : v));
        boolean active = c != null && c.plan().activeOn(collection.referenceDate());
        Sen2Items.placement(sample.plan()).forEach((k, v) -> row.put(k, c != null && c.plan().hasNamedPlacement()
                && c.plan().startDate() != null ? v : null));
        Sen2Items.senNeed(sample.plan()).forEach((k, v) -> row.put(k, active ? v : null));
        Sen2Items.review(sample.lastReview()).forEach((k, v) -> row.put(k, active ? v : null));
        row.put("ActiveOnReferenceDate", c == null ? null : active ? "1" : "0");
        return row;
    }

    private static final Sen2Case.Request EMPTY_REQUEST = new Sen2Case.Request(null, null, null, null, null, false, false);
    private static final Sen2Case EMPTY = new Sen2Case(null,
            new Sen2Case.Child(null, null, null, null, null, null, null, null, null), null,
            new Sen2Case.Assessment(null, null, false, false, false),
            new Sen2Case.Plan(null, false, null, null, null, null, null, null, null), null);
}
