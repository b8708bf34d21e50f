package org.ehcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mediation adviser's contact as every notice of an appealable decision gives it (reg 32). */
class MediationAdviserTest {

    @Test
    void theContactNamesWhatTheCouncilConfigured() {
        assertThat(new NotificationProperties.MediationAdviser("Mediation Works", "0121 000 0000", "help@mediation.example.org").contact())
                .isEqualTo("Mediation Works, telephone 0121 000 0000, email help@mediation.example.org");
        assertThat(new NotificationProperties.MediationAdviser(null, " ", "help@mediation.example.org").contact())
                .isEqualTo("email help@mediation.example.org");
    }

    @Test
    void withNothingConfiguredTheParentIsToldWhereToAsk() {
        assertThat(new NotificationProperties.MediationAdviser("", "", "").contact())
                .isEqualTo("ask your case officer for the mediation adviser's details");
    }
}
