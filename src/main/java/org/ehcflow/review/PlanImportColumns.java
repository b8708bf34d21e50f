package org.ehcflow.review;

import java.util.List;

/** The columns of the existing-plans CSV, as GET /api/plans/import/template gives them. */
final class PlanImportColumns {

    static final String CASE_REFERENCE = "case_reference";
    static final String GIVEN_NAME = "child_given_name";
    static final String FAMILY_NAME = "child_family_name";
    static final String DATE_OF_BIRTH = "child_date_of_birth";
    static final String UPN = "child_upn";
    static final String PARENT_NAME = "parent_name";
    static final String PARENT_EMAIL = "parent_email";
    static final String PARENT_PHONE = "parent_phone";
    static final String SCHOOL_NAME = "school_name";
    static final String SCHOOL_URN = "school_urn";
    static final String SCHOOL_EMAIL = "school_email";
    static final String PLAN_ISSUED = "plan_issued";
    static final String LAST_REVIEW_MEETING = "last_review_meeting";
    static final String NEXT_TRANSFER_DATE = "next_transfer_date";
    static final String NEXT_TRANSFER_KIND = "next_transfer_kind";
    static final String CASE_OFFICER = "case_officer";

    static final List<String> ALL = List.of(CASE_REFERENCE, GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, UPN, PARENT_NAME,
            PARENT_EMAIL, PARENT_PHONE, SCHOOL_NAME, SCHOOL_URN, SCHOOL_EMAIL, PLAN_ISSUED, LAST_REVIEW_MEETING,
            NEXT_TRANSFER_DATE, NEXT_TRANSFER_KIND, CASE_OFFICER);
    static final List<String> REQUIRED = List.of(GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, PARENT_NAME, PLAN_ISSUED);

    static final ExistingPlan.FieldNames PLAN_FIELDS =
            new ExistingPlan.FieldNames(DATE_OF_BIRTH, PLAN_ISSUED, LAST_REVIEW_MEETING, NEXT_TRANSFER_DATE, NEXT_TRANSFER_KIND);

    /** The header line and one example row. */
    static final String TEMPLATE = String.join(",", ALL) + "\n"
            + ",Amara,Okafor,2016-09-03,A123456789012,Grace Okafor,grace.okafor@example.org,07700 900123,"
            + "Oakfield Primary School,100001,senco@oakfield.example.org,2023-06-30,2025-06-12,2027-09-01,OTHER,officer1\n";

    private PlanImportColumns() {
    }
}
