package org.ehcflow.notification;

/** A resolved recipient. {@code address} is an email address, or null when none is known (the message is then recorded only). */
public record Recipient(RecipientRole role, String name, String address) {

    boolean hasAddress() {
        return address != null && !address.isBlank();
    }
}
