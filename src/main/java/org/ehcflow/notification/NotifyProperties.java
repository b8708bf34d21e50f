package org.ehcflow.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GOV.UK Notify ({@code ehcflow.notifications.notify}), used when {@code ehcflow.notifications.channel} is notify.
 * Each Notify template is given the notice as {@code ((subject))} and {@code ((body))} (and {@code ((caseReference))}):
 * EHC Flow writes the words, the template carries the council's branding and sender.
 *
 * @param apiKey        the key from Notify's "API integration" page (from the environment, never in a file)
 * @param baseUrl       Notify's API
 * @param emailTemplate the template of every email that has none of its own in {@code templates}
 * @param templates     a template per message kind: the notice's name (such as {@code final-plan}) to a template id
 * @param replyToId     the reply-to address Notify gives the council's emails, if not its default
 * @param sms           text messages to parents
 * @param connectTimeout how long a connection to Notify may take
 * @param readTimeout    how long Notify may take to answer: well within the job's lock (60 s)
 */
@ConfigurationProperties("ehcflow.notifications.notify")
public record NotifyProperties(String apiKey,
                               @DefaultValue("https://api.notifications.service.gov.uk") String baseUrl,
                               String emailTemplate,
                               Map<String, String> templates,
                               String replyToId,
                               @DefaultValue Sms sms,
                               @DefaultValue("5s") Duration connectTimeout,
                               @DefaultValue("20s") Duration readTimeout) {

    public NotifyProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    /**
     * @param enabled  whether a parent with a mobile number on the case also gets a text message with each notice
     * @param template the text message template (it may use ((subject)), ((caseReference)) and ((body)))
     */
    public record Sms(@DefaultValue("false") boolean enabled, String template) {
    }
}
