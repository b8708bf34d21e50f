package org.ehcflow.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import uk.gov.service.notify.NotificationClientException;

/**
 * GOV.UK Notify answers with the council's key ("govukNotify" in /actuator/health). Like the mail server, it is in the
 * overall health and not in readiness: notices are recorded first and retried, so officers go on working.
 */
@Component("govukNotifyHealthIndicator")
@ConditionalOnProperty(prefix = "ehcflow.notifications", name = "channel", havingValue = "notify")
class NotifyHealth implements HealthIndicator {

    private final NotifySender notify;

    NotifyHealth(NotifySender notify) {
        this.notify = notify;
    }

    @Override
    public Health health() {
        try {
            notify.check();
            return Health.up().build();
        } catch (NotificationClientException e) {
            return Health.down().withDetail("status", e.getHttpResult()).build();
        }
    }
}
