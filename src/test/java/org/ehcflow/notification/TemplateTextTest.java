package org.ehcflow.notification;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ehcflow.deadline.DeadlineKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every letter template rendered with every value a person might type, or an attacker might: each value is
 * printed exactly as given, once, and nothing in it is read as a placeholder.
 */
class TemplateTextTest {

    static final List<String> HOSTILE = List.of("Ann {oops}", "Pat {parentName}", "see letter {ref 123}", "{childName} {oops}",
            "${jndi:ldap://example.org/a}", "#{7*7}", "%s %d %n %%", "back\\slash \\n $1 \\$2", "O'Brien \"Jr\" `x`",
            "emoji 👩‍👧‍👦 🎒", "مرحبا بالعالم", "שלום עולם", "}{", "{", "}", "{{}}", "x".repeat(10_000));
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    final NotificationTemplates templates = new NotificationTemplates();

    static Stream<Arguments> everyTemplateWithEveryValue() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:notifications/*.txt");
        assertThat(files).hasSizeGreaterThan(40);
        return Stream.of(files).flatMap(file -> HOSTILE.stream().map(value ->
                Arguments.of(file.getFilename().replace(".txt", ""), value)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyTemplateWithEveryValue")
    void printsTheValueAsTyped(String template, String value) throws IOException {
        String text = new PathMatchingResourcePatternResolver().getResource("classpath:notifications/" + template + ".txt")
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, String> values = new HashMap<>();
        int placesForTheValue = 0;
        Matcher names = PLACEHOLDER.matcher(text);
        while (names.find()) {
            if (!names.group(1).equals("adviceKey") && !names.group(1).startsWith("due.")) {
                values.put(names.group(1), value);
                placesForTheValue++;
            }
        }
        values.put("adviceKey", "ADVICE_MEDICAL");
        for (DeadlineKey key : DeadlineKey.values()) {
            values.put("due." + key, "16 February 2026");
        }

        NotificationTemplates.Rendered letter = templates.render(template, values);

        String whole = letter.subject() + "\n" + letter.body();
        assertThat(placesForTheValue).as("the template has a placeholder for typed text").isPositive();
        assertThat(countOf(whole, value)).as("printed as typed, once per placeholder, never expanded")
                .isEqualTo(placesForTheValue);
        if (!value.contains("{")) {
            assertThat(whole).as("no placeholder left unfilled").doesNotContainPattern(PLACEHOLDER);
        }
    }

    @Test
    void aPlaceholderNamedInsideAnotherIsTheTemplatesOwnNotAValues() {
        assertThat(TemplateText.fill("due by {due.{adviceKey}}", Map.of("adviceKey", "ADVICE_MEDICAL",
                "due.ADVICE_MEDICAL", "13 April 2026"))).isEqualTo("due by 13 April 2026");
        assertThat(TemplateText.fill("Dear {parentName}", Map.of("parentName", "{childName}", "childName", "Leo")))
                .isEqualTo("Dear {childName}");
    }

    @Test
    void anUnknownPlaceholderOrABrokenTemplateIsAnErrorNotAGapInALetter() {
        assertThatThrownBy(() -> TemplateText.fill("Dear {nobody}", Map.of())).hasMessageContaining("{nobody}");
        assertThatThrownBy(() -> TemplateText.fill("Dear {parentName", Map.of("parentName", "Sam")))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> TemplateText.fill("Dear } Sam", Map.of())).hasMessageContaining("unopened");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
