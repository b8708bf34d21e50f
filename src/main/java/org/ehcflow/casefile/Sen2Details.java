package org.ehcflow.casefile;

import org.ehcflow.system.ControlCharacters;
import org.ehcflow.system.InvalidFieldException;

/**
 * What the DfE's SEN2 return needs about a child that the rest of the case does not say: optional when the request
 * is registered (a parent's letter rarely gives an ethnicity code), listed by the return's pre-submission check until
 * someone completes it. Codes as in {@link Sen2Codes}.
 */
public record Sen2Details(String sex, String ethnicity, String postcode, String uln, String upnUnknown,
                          String primaryNeed, String settingType, String ukprn, RequestSource requestSource) {

    /** Who asked for the assessment, in the return's five groups (SEN2 RequestSource 1-5). */
    public enum RequestSource {
        PARENT_OR_YOUNG_PERSON(1), EDUCATION_SETTING(2), HEALTH(3), SOCIAL_CARE(4), OTHER(5);

        private final int code;

        RequestSource(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The group a requester falls in when nobody said otherwise. */
        public static RequestSource of(CaseRecord.Requester requester) {
            if (requester == null) {
                return null;
            }
            return switch (requester) {
                case PARENT, YOUNG_PERSON -> PARENT_OR_YOUNG_PERSON;
                case SCHOOL -> EDUCATION_SETTING;
                case OTHER -> OTHER;
            };
        }
    }

    public static final Sen2Details NONE = new Sen2Details(null, null, null, null, null, null, null, null, null);

    private static final String POSTCODE = "(?i)[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}";

    /**
     * The same details, tidied (codes upper-cased, the postcode spaced as Royal Mail writes it, blanks as none), or
     * refused naming the field ({@code prefix} + name) that is not a DfE code.
     */
    public Sen2Details checked(String prefix) {
        ControlCharacters.refuse(prefix + "sex", sex, prefix + "ethnicity", ethnicity, prefix + "postcode", postcode,
                prefix + "uln", uln, prefix + "upnUnknown", upnUnknown, prefix + "primaryNeed", primaryNeed,
                prefix + "settingType", settingType, prefix + "ukprn", ukprn);
        String checkedSex = code(sex);
        if (checkedSex != null && !checkedSex.matches("[MFU]")) {
            throw new InvalidFieldException(prefix + "sex", prefix + "sex must be M, F or U (not known): the DfE's codes");
        }
        String checkedEthnicity = inList(prefix + "ethnicity", code(ethnicity), Sen2Codes.ETHNICITY,
                "one of the DfE's ethnicity codes " + String.join(", ", Sen2Codes.ETHNICITY.stream().sorted().toList()));
        String checkedPostcode = blankToNull(postcode);
        if (checkedPostcode != null) {
            if (!checkedPostcode.matches(POSTCODE)) {
                throw new InvalidFieldException(prefix + "postcode", prefix + "postcode must be a UK postcode, such as B1 1BB");
            }
            String compact = checkedPostcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            checkedPostcode = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        }
        String checkedUln = blankToNull(uln);
        if (checkedUln != null && !checkedUln.matches("[0-9]{10}")) {
            throw new InvalidFieldException(prefix + "uln", prefix + "uln must be a 10-digit unique learner number");
        }
        String checkedUpnUnknown = inList(prefix + "upnUnknown", code(upnUnknown), Sen2Codes.UPN_UNKNOWN,
                "one of the DfE's reasons UN1 to UN10");
        String checkedNeed = inList(prefix + "primaryNeed", code(primaryNeed), Sen2Codes.SEN_TYPE.keySet(),
                "one of " + String.join(", ", Sen2Codes.SEN_TYPE.keySet()));
        String checkedSetting = inList(prefix + "settingType", code(settingType), Sen2Codes.SEN_SETTING.keySet(),
                "one of " + String.join(", ", Sen2Codes.SEN_SETTING.keySet()));
        String checkedUkprn = blankToNull(ukprn);
        if (checkedUkprn != null && !checkedUkprn.matches("1[0-9]{7}")) {
            throw new InvalidFieldException(prefix + "ukprn", prefix + "ukprn must be an 8-digit UK provider reference number starting 1");
        }
        return new Sen2Details(checkedSex, checkedEthnicity, checkedPostcode, checkedUln, checkedUpnUnknown, checkedNeed,
                checkedSetting, checkedUkprn, requestSource);
    }

    private static String inList(String field, String value, java.util.Collection<String> codes, String expected) {
        if (value != null && !codes.contains(value)) {
            throw new InvalidFieldException(field, field + " must be " + expected);
        }
        return value;
    }

    private static String code(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
