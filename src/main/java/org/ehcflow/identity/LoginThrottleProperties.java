package org.ehcflow.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed sign-ins from one client address: after {@code failures} within {@code window}, the address is refused for
 * {@code pause} without its credentials being looked at.
 */
@ConfigurationProperties("ehcflow.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("10") int failures, @DefaultValue("PT10M") Duration window,
                                      @DefaultValue("PT15M") Duration pause) {
}
