package org.ehcflow.notification;

import java.util.HashMap;
import java.util.Map;

import org.ehcflow.casefile.CaseRecord;

/**
 * The placeholder values every template can use ({@link NoticePlaceholders#CASE_FIELDS}): the case's own fields, the
 * recipient, the mediation adviser's contact, and the caller's extras.
 */
final class NotificationValues {

    private NotificationValues() {
    }

    static Map<String, String> of(CaseRecord c, Recipient recipient, Map<String, String> extra,
                                  NotificationProperties.MediationAdviser mediationAdviser) {
        Map<String, String> values = new HashMap<>();
        values.put("reference", c.reference());
        values.put("childName", c.child().fullName());
        values.put("childGivenName", c.child().givenName());
        values.put("parentName", orDash(c.parent().name()));
        values.put("schoolName", orDash(c.school().name()));
        values.put("caseOfficer", orDash(c.caseOfficer()));
        values.put("recipientName", orDash(recipient.name()));
        values.put("mediationAdviser", mediationAdviser.contact());
        values.putAll(extra);
        return values;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
