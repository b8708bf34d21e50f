package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.ehcflow.TestChildren;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad input for every /api endpoint and the plan import, as a careless or hostile client sends it, each with the
 * answer it must get. {@code {ref}} in a path or body stands for a case the test registered, {@code {officer}} for
 * its officer. Sent to the shared test application on H2 ({@link HostileInputTest}) and to the packaged jar on
 * PostgreSQL ({@link HostileInputPostgresIT}).
 */
public final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every table of the product's, whose row counts a refused request must leave as they were. */
    static final List<String> PRODUCT_TABLES = List.of("ehc_case", "deadline", "notification", "handover",
            "officer_absence", "officer_cap", "appeal", "complaint", "plan_review", "school_consultation",
            "idempotent_request");
    static final String TOO_LONG = "x".repeat(10_001);
    static final List<String> BAD_TEXT = List.of("\"a\\u0000b\"", "\"bell\\u0007\"", "\"" + TOO_LONG + "\"");
    static final List<String> BAD_CLOCK_DATES = List.of("\"0000-01-01\"", "\"2014-08-31\"", "\"2101-01-01\"", "20260105",
            "\"05/01/2026\"", "\"2026-02-30\"", "true");

    static final String NEW_CASE = """
            {"child": {"givenName": "Hana", "familyName": "Hostile", "dateOfBirth": "2019-06-30", "upn": "H123456789012"},
             "requestReceived": "2026-01-05", "requester": "PARENT",
             "parent": {"name": "Sam Hostile", "email": "sam@example.org", "phone": "07700 900456"},
             "school": {"name": "Brookside Primary", "urn": "123456", "email": "senco@example.org"}}""";
    static final String EXCEPTION = """
            {"circumstance": "PERSONAL_CIRCUMSTANCES", "detail": "In hospital", "from": "2026-01-10", "to": "2026-02-10"}""";
    static final String APPEAL = """
            {"decision": "REFUSAL_TO_ASSESS", "tribunalReference": "EH123/26/00001", "sentToLocalAuthority": "2026-03-02",
             "hearingDate": "2026-06-01"}""";
    static final String MEDIATION = """
            {"decision": "REFUSAL_TO_ASSESS", "issues": "The refusal", "healthInDispute": false, "laToldOn": "2026-03-02"}""";
    static final String COMPLAINT = """
            {"kind": "COMPLAINT", "receivedOn": "2026-03-02", "complainantName": "Sam Hostile",
             "complainantEmail": "sam@example.org", "summary": "No reply"}""";
    static final String ADVICE = """
            {"receivedOn": "2026-03-02", "document": "https://docs.example.org/advice.pdf", "author": "Dr Rees"}""";
    static final String ABSENCE = """
            {"from": "2027-01-04", "to": "2027-01-08", "reason": "Annual leave"}""";
    static final String PLAN = """
            {"planIssued": "2025-06-30", "lastReviewMeeting": "2026-05-20", "nextTransfer": {"date": "2027-09-01", "phase": "OTHER"}}""";
    static final String CSV_HEADER = "case_reference,child_given_name,child_family_name,child_date_of_birth,parent_name,plan_issued\n";

    /** One bad request: who sends it, where, what, and the answer it must get ({@code field} for a 400). */
    record Bad(String what, String user, HttpMethod method, String path, String contentType, String body, int status,
               String field) {
        String pathFor(String reference, String officer) {
            return path.replace("{ref}", reference).replace("{officer}", officer);
        }

        String bodyFor(String reference) {
            return body == null ? null : body.replace("{ref}", reference);
        }

        /** The answer is the one expected: its status, the field named, and nothing of the service's internals. */
        void assertAnswered(int answerStatus, String answerType, String answerBody) throws Exception {
            assertThat(answerStatus).as(answerBody).isEqualTo(status);
            if (status == 400 && field != null) {
                assertThat(answerType).isEqualTo("application/problem+json");
                assertThat(JSON.readTree(answerBody).path("field").asText()).as(answerBody).isEqualTo(field);
            }
            assertThat(answerBody).as("no internals in the answer")
                    .doesNotContainIgnoringCase("select ").doesNotContain("Exception:").doesNotContain("\tat ");
        }

        @Override
        public String toString() {
            return what.length() > 90 ? what.substring(0, 90) + "…" : what;
        }
    }

    private HostileRequests() {
    }

    /** A request for a child of its own, to send the bad requests about. */
    public static String newCase() {
        return NEW_CASE.replace("H123456789012", TestChildren.upn()).replace("Hostile\"", TestChildren.familyName("Hostile") + "\"");
    }

    static List<Bad> all() {
        List<Bad> bad = new ArrayList<>();
        // POST /api/cases: every text field, every date, the choices
        for (String field : List.of("child.givenName", "child.familyName", "child.upn", "parent.name", "parent.email",
                "parent.phone", "school.name", "school.urn", "school.email")) {
            BAD_TEXT.forEach(value -> bad.add(json("officer1", "/api/cases", NEW_CASE, field, value, field)));
        }
        for (String field : List.of("child.givenName", "child.familyName", "parent.name")) {
            bad.add(json("officer1", "/api/cases", NEW_CASE, field, "\"  \"", field));
            bad.add(json("officer1", "/api/cases", NEW_CASE, field, null, field));
        }
        BAD_CLOCK_DATES.forEach(value -> bad.add(json("officer1", "/api/cases", NEW_CASE, "requestReceived", value, "requestReceived")));
        bad.add(json("officer1", "/api/cases", NEW_CASE, "requestReceived", "\"2099-01-01\"", "requestReceived"));
        for (String value : List.of("\"0000-01-01\"", "\"1990-01-04\"", "\"2026-01-06\"", "123", "\"30/06/2019\"", "\"2019-02-29\"", "false")) {
            bad.add(json("officer1", "/api/cases", NEW_CASE, "child.dateOfBirth", value, "child.dateOfBirth"));
        }
        for (String value : List.of("\"GRANDPARENT\"", "\"parent\"", "7")) {
            bad.add(json("officer1", "/api/cases", NEW_CASE, "requester", value, "requester"));
        }
        bad.add(json("officer1", "/api/cases", NEW_CASE, "child.upn", "\"SEN/2019/0001\"", "child.upn"));
        bad.add(json("officer1", "/api/cases", NEW_CASE, "school.urn", "\"12ab56\"", "school.urn"));
        bad.add(json("officer1", "/api/cases", NEW_CASE, "parent.email", "\"not an address\"", "parent.email"));
        bad.add(new Bad("malformed JSON", "officer1", HttpMethod.POST, "/api/cases", "application/json", "{\"child\": ", 400, null));
        bad.add(new Bad("empty body", "officer1", HttpMethod.POST, "/api/cases", "application/json", "", 400, null));
        bad.add(new Bad("text/plain body", "officer1", HttpMethod.POST, "/api/cases", "text/plain", NEW_CASE, 415, null));
        bad.add(new Bad("an array for the case", "officer1", HttpMethod.POST, "/api/cases", "application/json", "[1, 2]", 400, null));

        // withdrawal: a reason is required
        bad.add(new Bad("withdrawal without a body", "officer1", HttpMethod.POST, "/api/cases/{ref}/withdrawal", "application/json", "{}", 400, "reason"));
        bad.add(new Bad("withdrawal with a blank reason", "officer1", HttpMethod.POST, "/api/cases/{ref}/withdrawal", "application/json", "{\"reason\": \"  \"}", 400, "reason"));
        BAD_TEXT.forEach(value -> bad.add(json("officer1", "/api/cases/{ref}/withdrawal", "{\"reason\": \"x\"}", "reason", value, "reason")));
        bad.add(new Bad("withdrawal of an unknown case", "officer1", HttpMethod.POST, "/api/cases/NO-SUCH-CASE/withdrawal", "application/json", "{\"reason\": \"Moved away\"}", 404, null));

        // reg 10(4) exceptions
        for (String value : List.of("\"STRIKE\"", "null", "3")) {
            bad.add(json("officer1", "/api/cases/{ref}/exceptions", EXCEPTION, "circumstance", value, "circumstance"));
        }
        BAD_TEXT.forEach(value -> bad.add(json("officer1", "/api/cases/{ref}/exceptions", EXCEPTION, "detail", value, "detail")));
        bad.add(json("officer1", "/api/cases/{ref}/exceptions", EXCEPTION, "detail", null, "detail"));
        BAD_CLOCK_DATES.forEach(value -> bad.add(json("officer1", "/api/cases/{ref}/exceptions", EXCEPTION, "from", value, "from")));
        for (String value : List.of("\"2026-01-09\"", "\"9999-12-31\"", "\"2029-01-10\"", "\"10/02/2026\"")) {
            bad.add(json("officer1", "/api/cases/{ref}/exceptions", EXCEPTION, "to", value, "to"));
        }

        // an existing plan (checked before the running journey makes it a conflict)
        for (String value : List.of("\"0000-01-01\"", "\"2014-08-31\"", "\"2101-01-01\"", "45000", "\"30/06/2025\"", "null")) {
            bad.add(json("officer1", "/api/cases/{ref}/plan", PLAN, "planIssued", value, "planIssued"));
        }
        for (String value : List.of("\"2014-01-01\"", "\"2099-01-01\"", "\"2025-06-29\"")) {
            bad.add(json("officer1", "/api/cases/{ref}/plan", PLAN, "lastReviewMeeting", value, "lastReviewMeeting"));
        }
        bad.add(json("officer1", "/api/cases/{ref}/plan", PLAN, "nextTransfer.date", "\"2101-09-01\"", "nextTransfer.date"));
        bad.add(json("officer1", "/api/cases/{ref}/plan", PLAN, "nextTransfer.phase", "\"UNIVERSITY\"", "nextTransfer.phase"));
        bad.add(new Bad("a plan that is valid, while the needs assessment runs", "officer1", HttpMethod.POST, "/api/cases/{ref}/plan", "application/json", PLAN, 409, null));

        // appeals
        for (String value : List.of("\"EVERYTHING\"", "null")) {
            bad.add(json("officer1", "/api/cases/{ref}/appeals", APPEAL, "decision", value, "decision"));
        }
        List.of("\"a\\u0000b\"", "\"" + "R".repeat(41) + "\"", "\"  \"").forEach(value ->
                bad.add(json("officer1", "/api/cases/{ref}/appeals", APPEAL, "tribunalReference", value, "tribunalReference")));
        BAD_CLOCK_DATES.forEach(value -> bad.add(json("officer1", "/api/cases/{ref}/appeals", APPEAL, "sentToLocalAuthority", value, "sentToLocalAuthority")));
        for (String value : List.of("\"2026-03-01\"", "\"2101-06-01\"", "\"01/06/2026\"")) {
            bad.add(json("officer1", "/api/cases/{ref}/appeals", APPEAL, "hearingDate", value, "hearingDate"));
        }

        // mediation
        bad.add(json("officer1", "/api/cases/{ref}/mediation", MEDIATION, "decision", "\"EVERYTHING\"", "decision"));
        bad.add(json("officer1", "/api/cases/{ref}/mediation", MEDIATION, "issues", null, "issues"));
        bad.add(json("officer1", "/api/cases/{ref}/mediation", MEDIATION, "issues", "\"a\\u0000b\"", "issues"));
        bad.add(json("officer1", "/api/cases/{ref}/mediation", MEDIATION, "healthInDispute", "\"perhaps\"", "healthInDispute"));
        for (String value : List.of("\"0000-01-01\"", "\"2101-01-01\"", "20260302", "\"02/03/2026\"")) {
            bad.add(json("officer1", "/api/cases/{ref}/mediation", MEDIATION, "laToldOn", value, "laToldOn"));
        }

        // queries and complaints
        bad.add(json("officer1", "/api/cases/{ref}/complaints", COMPLAINT, "kind", "\"RANT\"", "kind"));
        bad.add(json("officer1", "/api/cases/{ref}/complaints", COMPLAINT, "kind", null, "kind"));
        BAD_CLOCK_DATES.forEach(value -> bad.add(json("officer1", "/api/cases/{ref}/complaints", COMPLAINT, "receivedOn", value, "receivedOn")));
        for (String field : List.of("complainantName", "summary")) {
            BAD_TEXT.forEach(value -> bad.add(json("officer1", "/api/cases/{ref}/complaints", COMPLAINT, field, value, field)));
            bad.add(json("officer1", "/api/cases/{ref}/complaints", COMPLAINT, field, null, field));
        }
        bad.add(json("officer1", "/api/cases/{ref}/complaints", COMPLAINT, "complainantEmail", "\"sam at example\"", "complainantEmail"));
        bad.add(json("officer1", "/api/cases/{ref}/complaints", COMPLAINT, "complainantEmail", "\"a\\u0000@example.org\"", "complainantEmail"));
        bad.add(new Bad("a complaint about an unknown case", "officer1", HttpMethod.POST, "/api/cases/NO-SUCH-CASE/complaints", "application/json", COMPLAINT, 404, null));
        bad.add(new Bad("escalating an unknown complaint", "officer1", HttpMethod.POST, "/api/cases/{ref}/complaints/999999/escalation", "application/json", "{\"escalatedOn\": \"2026-03-02\"}", 404, null));

        // partners' advice
        for (String value : List.of("\"0000-01-01\"", "\"2014-08-31\"", "\"2101-01-01\"", "20260302", "\"02/03/2026\"")) {
            bad.add(json("health1", "/api/cases/{ref}/advice/medical", ADVICE, "receivedOn", value, "receivedOn"));
        }
        for (String field : List.of("document", "author")) {
            BAD_TEXT.forEach(value -> bad.add(json("health1", "/api/cases/{ref}/advice/medical", ADVICE, field, value, field)));
        }
        bad.add(new Bad("advice of an unknown kind", "health1", HttpMethod.POST, "/api/cases/{ref}/advice/astrological", "application/json", ADVICE, 404, null));

        // caseload caps: whole numbers only
        for (String value : List.of("1.5", "-1", "\"ten\"", "100001", "true", "[3]", "1e3")) {
            bad.add(new Bad("cap " + value, "manager1", HttpMethod.PUT, "/api/caseloads/officer1/cap", "application/json",
                    "{\"maxOpenCases\": " + value + "}", 400, "maxOpenCases"));
        }
        bad.add(new Bad("cap of someone not an officer", "manager1", HttpMethod.PUT, "/api/caseloads/designer1/cap", "application/json", "{\"maxOpenCases\": 5}", 400, "officer"));

        // absences: in the clocks' range, ending after they start, no longer than a person is away
        for (String value : List.of("\"0000-01-01\"", "\"2101-01-01\"", "20270104", "\"04/01/2027\"", "null")) {
            bad.add(json("manager1", "/api/caseloads/officer1/absences", ABSENCE, "from", value, "from"));
        }
        for (String value : List.of("\"2027-01-03\"", "\"9999-12-31\"", "\"2030-01-04\"", "null")) {
            bad.add(json("manager1", "/api/caseloads/officer1/absences", ABSENCE, "to", value, "to"));
        }
        bad.add(json("manager1", "/api/caseloads/officer1/absences", ABSENCE, "reason", null, "reason"));
        BAD_TEXT.forEach(value -> bad.add(json("manager1", "/api/caseloads/officer1/absences", ABSENCE, "reason", value, "reason")));

        // reassignment
        String move = "{\"to\": \"officer3\", \"reason\": \"Rebalancing\"}";
        bad.add(json("manager1", "/api/cases/{ref}/reassign", move, "to", null, "to"));
        bad.add(json("manager1", "/api/cases/{ref}/reassign", move, "to", "\"health1\"", "to"));
        bad.add(json("manager1", "/api/cases/{ref}/reassign", move, "reason", null, "reason"));
        BAD_TEXT.forEach(value -> bad.add(json("manager1", "/api/cases/{ref}/reassign", move, "reason", value, "reason")));
        bad.add(new Bad("moving a case from an officer who does not hold it", "manager1", HttpMethod.POST, "/api/cases/{ref}/reassign",
                "application/json", "{\"to\": \"officer3\", \"from\": \"officer9\", \"reason\": \"Rebalancing\"}", 409, null));
        bad.add(new Bad("spread and to at once", "manager1", HttpMethod.POST, "/api/caseloads/{officer}/reassign", "application/json",
                "{\"to\": \"officer3\", \"spread\": true, \"reason\": \"Leave\", \"cases\": [\"{ref}\"]}", 400, "to"));
        bad.add(new Bad("a case the officer does not hold", "manager1", HttpMethod.POST, "/api/caseloads/officer1/reassign", "application/json",
                "{\"to\": \"officer3\", \"reason\": \"Leave\", \"cases\": [\"NO-SUCH-CASE\"]}", 400, "cases"));
        bad.add(new Bad("moving a caseload without a reason", "manager1", HttpMethod.POST, "/api/caseloads/officer1/reassign", "application/json",
                "{\"to\": \"officer3\"}", 400, "reason"));

        // the statutory calendar
        for (String from : List.of("0000-01-01", "2014-08-31", "2101-01-01", "abc", "2026-02-30", "05/01/2026", "-999999999-01-01")) {
            bad.add(new Bad("due from " + from, "officer1", HttpMethod.GET, "/api/timescales/TRIBUNAL_RESPONSE/due?from=" + from, null, null, 400, "from"));
        }
        bad.add(new Bad("a certificate of 1999", "officer1", HttpMethod.GET, "/api/timescales/APPEAL_LODGE/due?from=2026-03-02&certificate=1999-01-01", null, null, 400, "certificate"));
        bad.add(new Bad("an unknown phase", "officer1", HttpMethod.GET, "/api/timescales/PHASE_TRANSFER/due?from=2027-09-01&phase=UNIVERSITY", null, null, 400, "phase"));
        bad.add(new Bad("an unknown key", "officer1", HttpMethod.GET, "/api/timescales/WHENEVER/due?from=2026-03-02", null, null, 404, null));

        // the plan import: all or nothing
        bad.add(csv("an unbalanced quote", CSV_HEADER + ",\"Ann,Lee,2015-01-02,Pat Lee,2025-06-30\n", "line"));
        bad.add(csv("a slash in the case reference", CSV_HEADER + "SEN/2019/0001,Ann,Lee,2015-01-02,Pat Lee,2025-06-30\n", "case_reference"));
        bad.add(csv("a NUL in a name", CSV_HEADER + ",An\u0000n,Lee,2015-01-02,Pat Lee,2025-06-30\n", "child_given_name"));
        bad.add(csv("a date of birth in year 0", CSV_HEADER + ",Ann,Lee,0000-01-02,Pat Lee,2025-06-30\n", "child_date_of_birth"));
        bad.add(csv("a plan issued before Part 3 began", CSV_HEADER + ",Ann,Lee,2010-01-02,Pat Lee,2014-08-31\n", "plan_issued"));
        bad.add(csv("a plan issued in 2101", CSV_HEADER + ",Ann,Lee,2010-01-02,Pat Lee,2101-01-01\n", "plan_issued"));
        bad.add(csv("a young person of 40", CSV_HEADER + ",Ann,Lee,1985-01-02,Pat Lee,2025-06-30\n", "child_date_of_birth"));
        bad.add(csv("an unknown column", "case_reference,shoe_size\nA-1,9\n", "shoe_size"));
        bad.add(csv("an empty file", "", "header"));
        bad.add(csv("a date written the English way", CSV_HEADER + ",Ann,Lee,02/01/2015,Pat Lee,2025-06-30\n", "child_date_of_birth"));

        // addresses
        bad.add(new Bad("an unknown case", "officer1", HttpMethod.GET, "/api/cases/NO-SUCH-CASE", null, null, 404, null));
        bad.add(new Bad("a case reference with a control character", "officer1", HttpMethod.GET, "/api/cases/A%07B", null, null, 404, null));
        return bad;
    }

    private static Bad json(String user, String path, String valid, String field, String rawValue, String expectedField) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(valid);
            ObjectNode parent = body;
            String[] parts = field.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                parent = (ObjectNode) parent.get(parts[i]);
            }
            String leaf = parts[parts.length - 1];
            if (rawValue == null) {
                parent.remove(leaf);
            } else {
                parent.set(leaf, JSON.readTree(rawValue));
            }
            String shown = rawValue == null ? "missing" : rawValue.length() > 40 ? rawValue.substring(0, 20) + "… (" + rawValue.length() + " chars)" : rawValue;
            return new Bad(path.replace("/api/cases/{ref}", "") + " " + field + " " + shown, user,
                    path.endsWith("/cap") ? HttpMethod.PUT : HttpMethod.POST, path, "application/json",
                    JSON.writeValueAsString(body), 400, expectedField);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bad csv(String what, String body, String field) {
        return new Bad("import: " + what, "manager1", HttpMethod.POST, "/api/plans/import", "text/csv", body, 400, field);
    }
}
