package org.ehcflow;

import static org.assertj.core.api.Assertions.*;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ehcflow.casefile.CaseRecord;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * What the log of a journey must never hold: the child's and the parent's names, the parent's e-mail address and
 * telephone number, the child's date of birth in any of the ways it is written.
 */
public final class PersonalDataInLogs {

    private PersonalDataInLogs() {
    }

    public static void assertNoneLogged(CapturedOutput output, CaseRecord c) {
        List<String> personal = new ArrayList<>(List.of(c.child().givenName() + " " + c.child().familyName(),
                c.child().familyName(), c.parent().name(),
                c.child().dateOfBirth().toString(),
                c.child().dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                c.child().dateOfBirth().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))));
        personal.add(c.parent().email());
        personal.add(c.parent().phone());
        String logged = output.getAll();
        assertThat(logged).as("lines logged while the test ran").isNotEmpty();
        for (String data : personal.stream().filter(Objects::nonNull).toList()) {
            assertThat(logged).as("the log of case " + c.reference()).doesNotContain(data);
        }
    }
}
