package org.ehcflow.identity;

import java.util.List;

/** The groups of Camunda's identity that EHC Flow gives work and rights to. */
public final class Groups {

    /** A Spring Security authority per Camunda group: GROUP_case-officers. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    public static final String CASE_OFFICERS = "case-officers";
    public static final String MANAGERS = "send-managers";
    public static final String DESIGNERS = "process-designers";
    public static final String HEALTH = "health-advisers";
    public static final String SOCIAL_CARE = "social-care-advisers";
    public static final String EDUCATIONAL_PSYCHOLOGISTS = "educational-psychologists";
    public static final String SCHOOLS = "schools";
    public static final String ADMINS = "camunda-admin";
    /** The council's monitoring (a Prometheus scraper): the service's health details and metrics, no case data. */
    public static final String MONITORING = "service-monitoring";

    /** Everyone who works tasks in Tasklist. */
    public static final List<String> TASK_WORKERS = List.of(CASE_OFFICERS, MANAGERS, HEALTH, SOCIAL_CARE,
            EDUCATIONAL_PSYCHOLOGISTS, SCHOOLS);

    private Groups() {
    }

    static String displayName(String groupId) {
        return switch (groupId) {
            case CASE_OFFICERS -> "SEND case officers";
            case MANAGERS -> "SEND team managers";
            case DESIGNERS -> "Process designers";
            case HEALTH -> "Health advisers (ICB)";
            case SOCIAL_CARE -> "Social care advisers";
            case EDUCATIONAL_PSYCHOLOGISTS -> "Educational psychologists";
            case SCHOOLS -> "Schools and settings";
            case MONITORING -> "Service monitoring";
            default -> groupId;
        };
    }
}
