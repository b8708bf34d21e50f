package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.notification.RecipientRole;

/** The messages a case sent, by recipient, for the tests' assertions. */
public final class SentMessages {

    private SentMessages() {
    }

    public static List<Notification> to(NotificationService notifications, String caseReference, RecipientRole role) {
        return notifications.forCase(caseReference).stream().filter(n -> n.recipientRole() == role).toList();
    }

    /** The newest message to {@code role}; fails if there is none. */
    public static Notification last(NotificationService notifications, String caseReference, RecipientRole role) {
        List<Notification> sent = to(notifications, caseReference, role);
        assertThat(sent).as("messages to " + role).isNotEmpty();
        return sent.get(sent.size() - 1);
    }
}
