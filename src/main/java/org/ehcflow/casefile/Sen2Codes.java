package org.ehcflow.casefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DfE's code lists for the SEN2 person-level items a case holds (Common Basic Data Set codes, as the SEN2 guide
 * names them). docs/sen2-return.md says where each list comes from and where a choice was made.
 */
public final class Sen2Codes {

    private Sen2Codes() {
    }

    /**
     * Ethnicity: the main CBDS codes the return takes (a council holding an extended code records its main one:
     * WENG is WBRI, WALB is WOTH, ...), with REFU (refused) and NOBT (not obtained).
     */
    public static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /** SEN type (the child's primary need), as in the school census and the SEN2 SEN need module. */
    public static final Map<String, String> SEN_TYPE = ordered(
            "SPLD", "Specific learning difficulty",
            "MLD", "Moderate learning difficulty",
            "SLD", "Severe learning difficulty",
            "PMLD", "Profound and multiple learning difficulty",
            "SEMH", "Social, emotional and mental health",
            "SLCN", "Speech, language and communication needs",
            "HI", "Hearing impairment",
            "VI", "Vision impairment",
            "MSI", "Multi-sensory impairment",
            "PD", "Physical disability",
            "ASD", "Autistic spectrum disorder",
            "OTH", "Other difficulty or disability");

    /** SEN setting: where a child is educated when no school or college (URN or UKPRN) is named. */
    public static final Map<String, String> SEN_SETTING = ordered(
            "EHE", "Elective home education",
            "EYP", "Early years provider with no URN",
            "OLA", "Other arrangements made by the local authority (education otherwise than at school)",
            "OPA", "Other arrangements made by parents",
            "NEET", "Not in education, employment or training",
            "NIEC", "Not in education (DfE code NIEC)",
            "NIEO", "Not in education, other (DfE code NIEO)",
            "OTH", "Other setting");

    /** Why a child has neither UPN nor ULN (CBDS "UPN unknown" reasons). */
    public static final List<String> UPN_UNKNOWN = List.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7", "UN8",
            "UN9", "UN10");

    private static Map<String, String> ordered(String... codesAndWords) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            codes.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return Collections.unmodifiableMap(codes);
    }
}
