package org.ehcflow.notification;

/**
 * A notice a service did not send: for now (its server down or busy: the step is tried again) or for good (the
 * service refused it: a malformed address, a template or key the council must correct: an incident at once).
 */
class NoticeNotSent extends RuntimeException {

    private final boolean refused;

    NoticeNotSent(String reason, boolean refused, Throwable cause) {
        super(reason, cause);
        this.refused = refused;
    }

    boolean refused() {
        return refused;
    }
}
