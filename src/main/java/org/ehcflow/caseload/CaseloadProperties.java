package org.ehcflow.caseload;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultCap the most open cases an officer may hold unless a manager set their own cap; unset, no cap
 */
@ConfigurationProperties("ehcflow.caseloads")
public record CaseloadProperties(Integer defaultCap) {
}
