package org.ehcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class NoticePlaceholdersTest {

    private static final Pattern WRITTEN = Pattern.compile(
            "(?:setVariable|variables\\.put)\\(\\s*\"([A-Za-z_]\\w*)\"|static final String \\w+ = \"([a-z]\\w*)\";\\s*//\\s*variable");

    @Test
    void everyVariableTheProductWritesByNameIsKnownToTheModelRules() throws IOException {
        Set<String> written = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                WRITTEN.matcher(Files.readString(source)).results()
                        .forEach(m -> written.add(m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        assertThat(written).isNotEmpty();
        assertThat(NoticePlaceholders.PRODUCT_VARIABLES).containsAll(written);
    }

    @Test
    void aNestedPlaceholderGivesTheInnerNameAndTheOuterWithAStar() {
        assertThat(NoticePlaceholders.placeholdersIn("Due {due.{adviceKey}} for {childName}"))
                .containsExactly("adviceKey", "childName", "due.*");
    }

    @Test
    void aTemplatesPlaceholdersIncludeThoseOfItsWordingsUnderATribunalOrder() {
        assertThat(NoticePlaceholders.of("request-being-considered")).contains("childName", "reference");
    }
}
