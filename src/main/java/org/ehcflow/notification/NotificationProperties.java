package org.ehcflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param from the sender address of every email */
@ConfigurationProperties("ehcflow.notifications")
public record NotificationProperties(@DefaultValue("send-team@ehcflow.invalid") String from) {
}
