package org.ehcflow.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param escalationWorkingDays how long, in working days after the stage 1 response, the complainant has to
 *                              escalate to stage 2 before the complaint closes (the council's policy)
 */
@ConfigurationProperties("ehcflow.complaints")
public record ComplaintProperties(@DefaultValue("20") int escalationWorkingDays) {
}
