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

    /** Ethnicity: the CBDS main and extended codes (refused and not obtained included). */
    public static final Set<String> ETHNICITY = Set.of(
            "WBRI", "WCOR", "WENG", "WNIR", "WSCO", "WWEL", "WOWB", "WIRI", "WIRT", "WOTH", "WALB", "WBOS", "WCRO",
            "WGRE", "WGRK", "WGRC", "WITA", "WKOS", "WPOR", "WSER", "WTUR", "WTUK", "WTUC", "WEUR", "WEEU", "WWEU",
            "WOTW", "WROM", "WROG", "WROR", "WROO", "MWBC", "MWBA", "MWAS", "MWAP", "MWAI", "MWAO", "MOTH", "MAOE",
            "MABL", "MACH", "MBOE", "MBCH", "MCOE", "MWOE", "MWCH", "MOTM", "AIND", "APKN", "AMPK", "AKPA", "AOPK",
            "ABAN", "AOTH", "AAFR", "AKAO", "ANEP", "ASNL", "ASLT", "ASRO", "AOTA", "ABRI", "AWEL", "BCRB", "BAFR",
            "BANN", "BCON", "BGHA", "BNGN", "BSLN", "BSOM", "BSUD", "BAOF", "BOTH", "BEUR", "BNAM", "BOTB", "BBRI",
            "BWEL", "CHNE", "CHKC", "CMAL", "CSNG", "CTWN", "COCH", "OOTH", "OAFG", "ORAB", "OARA", "OEGY", "OFIL",
            "OIRN", "OIRQ", "OJPN", "OKOR", "OKRD", "OLAM", "OLEB", "OLIB", "OMAL", "OMRC", "OPOL", "OTHA", "OVIE",
            "OYEM", "OOEG", "REFU", "NOBT");

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
