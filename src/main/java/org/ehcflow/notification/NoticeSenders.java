package org.ehcflow.notification;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Which service sends email and text messages, as configured ({@code ehcflow.notifications.channel}): the mail
 * server (email only, once {@code spring.mail.host} is set) or GOV.UK Notify (email, and text messages to parents
 * where the council enables them). With neither, notices are recorded for officers to read.
 */
@Component
class NoticeSenders {

    private final Optional<NoticeSender> email;
    private final Optional<NoticeSender> sms;

    NoticeSenders(NotificationProperties properties, ObjectProvider<JavaMailSender> mail,
                  ObjectProvider<NotifySender> notify) {
        if (properties.channel() == NotificationProperties.Service.NOTIFY) {
            NotifySender sender = notify.getObject();
            this.email = Optional.of(sender);
            this.sms = sender.textsParents() ? Optional.of(sender) : Optional.empty();
        } else {
            this.email = Optional.ofNullable(mail.getIfAvailable()).map(server -> new SmtpSender(server, properties.from()));
            this.sms = Optional.empty();
        }
    }

    Optional<NoticeSender> email() {
        return email;
    }

    Optional<NoticeSender> sms() {
        return sms;
    }
}
