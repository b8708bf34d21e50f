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
    // for the DfE's SEN2 return, all optional (codes as in Sen2Codes)
    static final String SEX = "child_sex";
    static final String ETHNICITY = "child_ethnicity";
    static final String POSTCODE = "child_postcode";
    static final String ULN = "child_uln";
    static final String UPN_UNKNOWN = "upn_unknown";
    static final String PRIMARY_NEED = "primary_need";
    static final String SETTING_TYPE = "setting_type";
    static final String SCHOOL_UKPRN = "school_ukprn";

    static final List<String> ALL = List.of(CASE_REFERENCE, GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, UPN, PARENT_NAME,
            PARENT_EMAIL, PARENT_PHONE, SCHOOL_NAME, SCHOOL_URN, SCHOOL_EMAIL, PLAN_ISSUED, LAST_REVIEW_MEETING,
            NEXT_TRANSFER_DATE, NEXT_TRANSFER_KIND, CASE_OFFICER, SEX, ETHNICITY, POSTCODE, ULN, UPN_UNKNOWN, PRIMARY_NEED,
            SETTING_TYPE, SCHOOL_UKPRN);

    /** The SEN2 details' field names (Sen2Details.checked) and the columns that hold them. */
    static final java.util.Map<String, String> SEN2_COLUMNS = java.util.Map.of("sex", SEX, "ethnicity", ETHNICITY,
            "postcode", POSTCODE, "uln", ULN, "upnUnknown", UPN_UNKNOWN, "primaryNeed", PRIMARY_NEED,
            "settingType", SETTING_TYPE, "ukprn", SCHOOL_UKPRN);
    static final List<String> REQUIRED = List.of(GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, PARENT_NAME, PLAN_ISSUED);

    static final ExistingPlan.FieldNames PLAN_FIELDS =
            new ExistingPlan.FieldNames(DATE_OF_BIRTH, PLAN_ISSUED, LAST_REVIEW_MEETING, NEXT_TRANSFER_DATE, NEXT_TRANSFER_KIND);

    /** The header line and one example row. */
    static final String TEMPLATE = String.join(",", ALL) + "\n"
            + ",Amara,Okafor,2016-09-03,A123456789012,Grace Okafor,grace.okafor@example.org,07700 900123,"
            + "Oakfield Primary School,100001,senco@oakfield.example.org,2023-06-30,2025-06-12,2027-09-01,OTHER,officer1,"
            + "F,BAFR,B29 6AA,,,SLCN,,\n";

    private PlanImportColumns() {
    }
}
