package org.ehcflow.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.system.AfterCommit;
import org.ehcflow.system.PersonalDataMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells someone something about a case, once. Every message is recorded in the notification table before it is
 * sent, in a transaction of its own on the {@link NotificationLedger}, so that neither a failing mail server nor a
 * rolled-back job loses it; a message already SENT or RECORDED under the same idempotency key is not sent again.
 * Email goes out by the mail server ({@code spring.mail.host}) or GOV.UK Notify, and text messages to a parent by
 * Notify where the council enables them ({@link NoticeSenders}); with neither (or no address), the message is only
 * recorded for officers to read, and then written with the step itself: nothing leaves the service to be protected.
 *
 * Call it from an asynchronous step (a job): a failure is thrown so the job is retried and, when its retries
 * run out, ends as an incident in Cockpit; a message the service refused for good is an incident at once.
 */
@Service
public class NotificationService {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final CaseRepository cases;
    private final NotificationRepository notifications;
    private final RecipientDirectory recipients;
    private final NotificationTemplates templates;
    private final NoticeSenders senders;
    private final NotificationProperties properties;
    private final NotificationLedger ledger;
    private final NotificationCounters counters;

    NotificationService(CaseRepository cases, NotificationRepository notifications, RecipientDirectory recipients,
                        NotificationTemplates templates, NoticeSenders senders,
                        NotificationProperties properties, NotificationLedger ledger, NotificationCounters counters) {
        this.cases = cases;
        this.notifications = notifications;
        this.recipients = recipients;
        this.templates = templates;
        this.senders = senders;
        this.properties = properties;
        this.ledger = ledger;
        this.counters = counters;
    }

    /**
     * Sends {@code template} about a case to everyone behind {@code role}; a parent with a mobile number also gets a
     * text message where the council sends them.
     *
     * @param idempotencyKey the same for every retry of the same step, different for each step
     * @param values         extra placeholder values beside the case's own
     */
    public List<Notification> send(String caseReference, RecipientRole role, String template,
                                   Map<String, String> values, String idempotencyKey) {
        CaseRecord c = cases.find(caseReference)
                .orElseThrow(() -> new IllegalArgumentException("no case " + caseReference));
        List<Notification> sent = new ArrayList<>();
        for (Recipient recipient : recipients.resolve(role, c, values)) {
            String key = idempotencyKey + ":" + template + ":" + role + ":"
                    + (recipient.hasAddress() ? recipient.address() : recipient.name());
            sent.add(deliver(key, c, recipient, template, values, Notification.Channel.EMAIL, senders.email()));
            String mobile = c.parent() == null ? null : c.parent().phone();
            if (role == RecipientRole.PARENT && senders.sms().isPresent() && mobile != null && !mobile.isBlank()) {
                sent.add(deliver(key + ":sms", c, new Recipient(role, recipient.name(), mobile), template, values,
                        Notification.Channel.SMS, senders.sms()));
            }
        }
        return sent;
    }

    public List<Notification> forCase(String caseReference) {
        return notifications.forCase(caseReference);
    }

    private Notification deliver(String key, CaseRecord c, Recipient recipient, String template, Map<String, String> values,
                                 Notification.Channel medium, Optional<NoticeSender> sender) {
        Notification existing = notifications.findByKeyWithTheStep(key).orElse(null);
        if (existing != null && (existing.status() == Notification.Status.SENT
                || existing.status() == Notification.Status.RECORDED)) {
            LOG.info("Notice {} was already {}; not sending it again", existing.id(), existing.status());
            return existing;
        }
        if (existing == null && (sender.isEmpty() || !recipient.hasAddress())) {
            // Nothing leaves the service, so no commit of its own is needed to protect it: written with the step, a
            // notice is recorded once the step commits, and again, once, if the step is rolled back and retried.
            NotificationTemplates.Rendered text = rendered(template, c, recipient, values);
            Notification recorded = notifications.insertRecordedWithTheStep(key, c.reference(), recipient, text.subject(), text.body());
            logged(recorded, template, Notification.Status.RECORDED);
            AfterCommit.run(() -> counters.counted(recorded.channel(), Notification.Status.RECORDED));
            return recorded;
        }
        Notification message = existing != null ? existing : ledger.commit(() -> {
            NotificationTemplates.Rendered text = rendered(template, c, recipient, values);
            return notifications.insertSending(key, c.reference(), recipient, medium, text.subject(), text.body());
        });
        if (message.channel() == Notification.Channel.RECORD) {
            // written as SENDING by a version that recorded such notices in two steps
            ledger.commit(() -> notifications.markRecorded(message.id()));
            counted(message, template, Notification.Status.RECORDED);
            return notifications.findByKey(key).orElseThrow();
        }
        Optional<String> providerId;
        try {
            providerId = sender.orElseThrow(() -> new NoticeNotSent("no service sends "
                    + message.channel() + " now (ehcflow.notifications.channel)", false, null))
                    .send(message, template, existing != null);
        } catch (NoticeNotSent e) {
            ledger.commit(() -> notifications.markFailed(message.id(), String.valueOf(e.getMessage())));
            counted(message, template, Notification.Status.FAILED);
            String failure = "Could not " + (message.channel() == Notification.Channel.SMS ? "text " : "email ")
                    + recipient.role() + " for case " + c.reference() + " (notification " + message.id() + "): "
                    + PersonalDataMask.mask(e.getMessage());
            throw e.refused() ? new NotificationRefusedException(failure, e) : new NotificationFailedException(failure, e);
        }
        ledger.commit(() -> notifications.markSent(message.id(), providerId.orElse(null)));
        counted(message, template, Notification.Status.SENT);
        return notifications.findByKey(key).orElseThrow();
    }

    private NotificationTemplates.Rendered rendered(String template, CaseRecord c, Recipient recipient, Map<String, String> values) {
        return templates.render(template, NotificationValues.of(c, recipient, values, properties.mediationAdviser()));
    }

    /** Counted, and logged by its number and the recipient's role: never their name or address. */
    private void counted(Notification message, String template, Notification.Status outcome) {
        counters.counted(message.channel(), outcome);
        logged(message, template, outcome);
    }

    /** Logged within the step, so that the line names its case and journey. */
    private static void logged(Notification message, String template, Notification.Status outcome) {
        LOG.info("Notice {} ({}) to the {}: {} by {}", message.id(), template, message.recipientRole(), outcome,
                message.channel());
    }
}
