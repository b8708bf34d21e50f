package org.ehcflow.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ehcflow.system.PersonalDataMask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.TimeLimitedNotificationClient;

/**
 * Email and text messages by GOV.UK Notify, with its own Java client. Each notice goes to Notify with a reference of
 * its own, and a notice tried before is first looked up in Notify by it: a try cut short after Notify had accepted
 * the notice (a time-out, a node stopped) is then not sent a second time. Notify's 400 and 403 (an address or number
 * it will not send to, a template or key to correct) are refused for good; anything else is tried again.
 * The settings are checked at start-up, naming the one that is wrong.
 */
@Component
@ConditionalOnProperty(prefix = "ehcflow.notifications", name = "channel", havingValue = "notify")
class NotifySender implements NoticeSender {

    private static final Pattern TEMPLATE_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    /** A key is its name, the service's id and the secret: "name-{uuid}-{uuid}". */
    private static final Pattern API_KEY = Pattern.compile(".+-" + TEMPLATE_ID.pattern() + "-" + TEMPLATE_ID.pattern());
    private static final String PREFIX = "ehcflow.notifications.notify.";

    private final NotifyProperties settings;
    private final NotificationClient client;
    private final ObjectMapper json = new ObjectMapper();

    NotifySender(NotifyProperties settings) {
        List<String> wrong = wrongSettings(settings);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("GOV.UK Notify is the notification channel, but: " + String.join("; ", wrong));
        }
        this.settings = settings;
        this.client = new TimeLimitedNotificationClient(settings.apiKey().strip(), settings.baseUrl(),
                settings.connectTimeout(), settings.readTimeout());
    }

    boolean textsParents() {
        return settings.sms().enabled();
    }

    @Override
    public Optional<String> send(Notification message, String template, boolean triedBefore) {
        boolean text = message.channel() == Notification.Channel.SMS;
        String reference = reference(message);
        try {
            if (triedBefore) {
                Optional<String> accepted = client.getNotifications(null, text ? "sms" : "email", reference, null)
                        .getNotifications().stream().findFirst().map(notice -> notice.getId().toString());
                if (accepted.isPresent()) {
                    return accepted;
                }
            }
            Map<String, Object> personalisation = new LinkedHashMap<>();
            personalisation.put("subject", message.subject());
            personalisation.put("body", message.body());
            personalisation.put("caseReference", message.caseReference() == null ? "" : message.caseReference());
            if (text) {
                return Optional.of(client.sendSms(settings.sms().template().strip(), message.recipientAddress(), personalisation,
                        reference).getNotificationId().toString());
            }
            String templateId = settings.templates().getOrDefault(template, settings.emailTemplate()).strip();
            boolean ownReplyTo = settings.replyToId() != null && !settings.replyToId().isBlank();
            return Optional.of((ownReplyTo
                    ? client.sendEmail(templateId, message.recipientAddress(), personalisation, reference, settings.replyToId().strip())
                    : client.sendEmail(templateId, message.recipientAddress(), personalisation, reference))
                    .getNotificationId().toString());
        } catch (NotificationClientException e) {
            int status = e.getHttpResult();
            throw new NoticeNotSent(status == 0 ? "GOV.UK Notify could not be reached: " + e.getMessage()
                    : "GOV.UK Notify answered " + status + ": " + errors(e.getMessage()), status == 400 || status == 403, e);
        }
    }

    /** Whether Notify answers, with this key: an empty search of the service's notices. */
    void check() throws NotificationClientException {
        client.getNotifications(null, null, "ehcflow-health-check", null);
    }

    /** Unique to the notice across every council database that shares a Notify service: its id and when it was made. */
    static String reference(Notification message) {
        return "ehcflow-" + message.id() + "-" + message.createdAt().toEpochMilli();
    }

    /** Notify's errors ({"errors": [{"error": ..., "message": ...}]}) in words, with addresses and numbers masked. */
    private String errors(String answer) {
        String text = answer == null ? "" : answer;
        int start = text.indexOf('{');
        if (start >= 0) {
            try {
                List<String> errors = new ArrayList<>();
                for (JsonNode error : json.readTree(text.substring(start)).path("errors")) {
                    errors.add(error.path("error").asText() + ": " + error.path("message").asText());
                }
                if (!errors.isEmpty()) {
                    text = String.join("; ", errors);
                }
            } catch (Exception unreadable) {
                // not Notify's JSON (a proxy's page): its text as it came
            }
        }
        return PersonalDataMask.mask(text);
    }

    private static List<String> wrongSettings(NotifyProperties settings) {
        List<String> wrong = new ArrayList<>();
        if (settings.apiKey() == null || !API_KEY.matcher(settings.apiKey().strip()).matches()) {
            wrong.add(PREFIX + "api-key must be the key from Notify's API integration page (name, service id, secret)");
        }
        if (!isTemplateId(settings.emailTemplate())) {
            wrong.add(PREFIX + "email-template must be the id of a Notify email template (its page in Notify shows it)");
        }
        settings.templates().forEach((kind, id) -> {
            if (!NoticePlaceholders.exists(kind)) {
                wrong.add(PREFIX + "templates." + kind + " names no kind of notice (notifications/" + kind + ".txt)");
            } else if (!isTemplateId(id)) {
                wrong.add(PREFIX + "templates." + kind + " must be the id of a Notify email template");
            }
        });
        if (settings.sms().enabled() && !isTemplateId(settings.sms().template())) {
            wrong.add(PREFIX + "sms.template must be the id of a Notify text message template, as sms.enabled is true");
        }
        return wrong;
    }

    private static boolean isTemplateId(String id) {
        return id != null && TEMPLATE_ID.matcher(id.strip()).matches();
    }
}
