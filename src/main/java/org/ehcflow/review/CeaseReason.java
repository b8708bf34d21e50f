package org.ehcflow.review;

import java.util.Arrays;

import org.ehcflow.system.InvalidFieldException;

/** Why a plan ceased, as the DfE's SEN2 return codes it (shared/statutory-timescales.md section 6). */
public enum CeaseReason {
    MAXIMUM_AGE(1), NEEDS_MET(2), HIGHER_EDUCATION(3), EMPLOYMENT(4), MOVED_TO_ANOTHER_LA(5), NO_ENGAGEMENT(6),
    LEFT_ENGLAND(7), DECEASED(8), OTHER(9);

    private final int sen2Code;

    CeaseReason(int sen2Code) {
        this.sen2Code = sen2Code;
    }

    public int sen2Code() {
        return sen2Code;
    }

    /** The reason a form or request names, by its name; a missing or unknown one is an error naming {@code field}. */
    public static CeaseReason named(Object value, String field) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, field + " must be one of "
                        + Arrays.toString(values()) + ", not " + value));
    }
}
