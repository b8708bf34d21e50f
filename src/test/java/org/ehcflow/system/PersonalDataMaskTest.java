package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void addressesAndTelephoneNumbersAreMaskedWhereverTheyStand() {
        assertThat(PersonalDataMask.mask("550 5.1.1 <grace.o'brien+send@example.org.uk>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <[e-mail address]>: Recipient address rejected");
        assertThat(PersonalDataMask.mask("Invalid Addresses: zoë@exämple.org, amara@example.com"))
                .isEqualTo("Invalid Addresses: [e-mail address], [e-mail address]");
        for (String phone : new String[] {"07700 900123", "07700900123", "0121 303 1888", "+44 7700 900123",
                "(0121) 3031888", "020-7946-0018"}) {
            assertThat(PersonalDataMask.mask("call " + phone + " today")).as(phone).isEqualTo("call [telephone number] today");
        }
    }

    @Test
    void referencesIdsTimesAndCountsAreLeftAlone() {
        for (String kept : new String[] {"EHC-2026-000123", "job 0a1b2c3d-4e5f-6789-abcd-ef0123456789 failed",
                "2026-05-25T23:00:00Z", "took 1234 ms", "port 55432", "1,906 tests", "ENGINE-14006", "URN 100001"}) {
            assertThat(PersonalDataMask.mask(kept)).isEqualTo(kept);
        }
        assertThat(PersonalDataMask.mask(null)).isNull();
    }
}
