package org.ehcflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param channel          how notices are sent: SMTP (by the mail server of {@code spring.mail.host}; recorded only
 *                         while none is set) or NOTIFY (GOV.UK Notify, {@code ehcflow.notifications.notify})
 * @param from             the sender address of every email by SMTP
 * @param mediationAdviser the independent mediation adviser every notice of an appealable decision names (SEND
 *                         Regulations 2014 reg 32), as {@code {mediationAdviser}} in the templates
 */
@ConfigurationProperties("ehcflow.notifications")
public record NotificationProperties(@DefaultValue("smtp") Service channel,
                                     @DefaultValue("send-team@ehcflow.invalid") String from,
                                     @DefaultValue MediationAdviser mediationAdviser) {

    public enum Service { SMTP, NOTIFY }

    public record MediationAdviser(String name, String phone, String email) {

        /** "Name, telephone 0300 000 0000, email a@b.org", or a line telling the parent to ask the case officer. */
        public String contact() {
            StringBuilder contact = new StringBuilder(name == null || name.isBlank() ? "" : name.strip());
            if (phone != null && !phone.isBlank()) {
                contact.append(contact.isEmpty() ? "" : ", ").append("telephone ").append(phone.strip());
            }
            if (email != null && !email.isBlank()) {
                contact.append(contact.isEmpty() ? "" : ", ").append("email ").append(email.strip());
            }
            return contact.isEmpty() ? "ask your case officer for the mediation adviser's details" : contact.toString();
        }
    }
}
