package org.ehcflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The partner services every case shares: the ICB's SEND contact, social care and educational psychology. */
@ConfigurationProperties("ehcflow.partners")
public record PartnerProperties(@DefaultValue Partner health, @DefaultValue Partner socialCare,
                                @DefaultValue Partner educationalPsychology) {

    public record Partner(String name, String email) {
    }
}
