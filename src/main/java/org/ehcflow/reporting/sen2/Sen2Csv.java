package org.ehcflow.reporting.sen2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.reporting.CsvText;

/**
 * The return as one CSV row per request (the person's items repeated), with the XML's item names as columns and the
 * case reference first, for a council's own checks in a spreadsheet. An item the XML would leave out is empty.
 */
final class Sen2Csv {

    /** A case with nothing recorded: it gives the columns. */
    private static final Sen2Case NOTHING = new Sen2Case(null, null,
            new Sen2Case.Child(null, null, null, null, null, null, null, null, null), null,
            new Sen2Case.Assessment(null, null, false, false, false),
            new Sen2Case.Plan(null, false, null, null, null, null, null, null, null), null);

    private Sen2Csv() {
    }

    static String of(Sen2Return.Document document) {
        List<List<String>> rows = new ArrayList<>();
        document.persons().forEach(person -> person.forEach(c ->
                rows.add(new ArrayList<>(row(c, document.collection()).values()))));
        return CsvText.of(List.copyOf(row(NOTHING, document.collection()).keySet()), rows);
    }

    private static Map<String, String> row(Sen2Case c, CollectionYear collection) {
        boolean planned = c.plan().startDate() != null;
        boolean active = c.plan().activeOn(collection.referenceDate());
        Map<String, String> row = new LinkedHashMap<>();
        row.put("CaseReference", c.reference());
        row.putAll(Sen2Items.person(c.child()));
        columns(row, Sen2Items.request(c, collection), c != NOTHING);
        columns(row, Sen2Items.assessment(c, collection), c != NOTHING && Sen2Items.hasAssessment(c));
        columns(row, Sen2Items.namedPlan(c.plan()), planned);
        columns(row, Sen2Items.placement(c.plan(), active), planned && c.plan().hasNamedPlacement());
        columns(row, Sen2Items.senNeed(c.plan()), active);
        columns(row, Sen2Items.review(c.lastReview()), active);
        row.put("ActiveOnReferenceDate", c == NOTHING ? null : active ? "1" : "0");
        return row;
    }

    /** The items as columns, empty when the XML would leave them out. */
    private static void columns(Map<String, String> row, Map<String, String> items, boolean included) {
        items.forEach((item, value) -> row.put(item, included ? value : null));
    }
}
