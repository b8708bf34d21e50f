package org.ehcflow.notification;

/**
 * Who a notification is for. The address comes from the case, the partner configuration or Camunda's users; for the
 * roles that name two variables, from the sending step's own variables (a school consulted, an adviser asked).
 */
public enum RecipientRole {
    PARENT, SCHOOL, HEALTH, SOCIAL_CARE, EDUCATIONAL_PSYCHOLOGY, OFFICER, MANAGER,
    OTHER_ADVISER("otherAdviserName", "otherAdviserEmail"),
    CONSULTED_SCHOOL("consultedSchoolName", "consultedSchoolEmail"),
    NAMED_SCHOOL("namedSchoolName", "namedSchoolEmail"),
    /** Who made the query or complaint, as it was logged. */
    COMPLAINANT("complainantName", "complainantEmail");

    private final String nameVariable;
    private final String addressVariable;

    RecipientRole() {
        this(null, null);
    }

    RecipientRole(String nameVariable, String addressVariable) {
        this.nameVariable = nameVariable;
        this.addressVariable = addressVariable;
    }

    boolean isNamedByStep() {
        return nameVariable != null;
    }

    String nameVariable() {
        return nameVariable;
    }

    String addressVariable() {
        return addressVariable;
    }
}
