package org.ehcflow.notification;

import java.util.Optional;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Email by the council's mail server ({@code spring.mail.host}); every failure is tried again. */
final class SmtpSender implements NoticeSender {

    private final JavaMailSender mail;
    private final String from;

    SmtpSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Optional<String> send(Notification message, String template, boolean triedBefore) {
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(message.recipientAddress());
        email.setSubject(message.subject());
        email.setText(message.body());
        try {
            mail.send(email);
        } catch (MailException e) {
            throw new NoticeNotSent(String.valueOf(e.getMessage()), false, e);
        }
        return Optional.empty();
    }
}
