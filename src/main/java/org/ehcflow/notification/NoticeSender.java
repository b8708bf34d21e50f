package org.ehcflow.notification;

import java.util.Optional;

/** Sends a notice already recorded in the notification table, by one service (the mail server, GOV.UK Notify). */
interface NoticeSender {

    /**
     * Sends it, unless the service already holds it from an earlier try that was cut short (then nothing is sent).
     *
     * @param template    the notice's kind (its template's name), for a service with a template of its own per kind
     * @param triedBefore whether an earlier try of this notice was made
     * @return the service's id for the notice, when it gives one
     * @throws NoticeNotSent when it was not sent
     */
    Optional<String> send(Notification message, String template, boolean triedBefore);
}
