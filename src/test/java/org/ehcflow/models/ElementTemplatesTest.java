package org.ehcflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.ehcflow.appeal.AppealableDecision;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.notification.NoticePlaceholders;
import org.ehcflow.notification.RecipientRole;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The element templates offer exactly what the code has: every deadline key, appealable decision and recipient role,
 * notices that exist, and one template per building block. (Their shape is checked against Camunda's element
 * templates schema by .ci/lint/check-element-templates.js.)
 */
class ElementTemplatesTest {

    private final JsonNode templates = read();

    @Test
    void everyBuildingBlockHasOneTemplateAndEveryTemplateIsABlock() {
        assertThat(hiddenValues(BuildingBlocks.BLOCK)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(BuildingBlocks.Block.values()).map(b -> b.property).toList());
        assertThat(StreamSupport.stream(templates.spliterator(), false).map(t -> t.get("id").asText()).distinct().count())
                .isEqualTo(templates.size());
    }

    @Test
    void theClockDropdownsOfferEveryDeadlineKeyAndNothingElse() {
        Set<String> keys = Arrays.stream(DeadlineKey.values()).map(Enum::name).collect(Collectors.toSet());
        List<Set<String>> dropdowns = choices(BuildingBlocks.CLOCK);
        assertThat(dropdowns).hasSize(6).allSatisfy(offered -> assertThat(offered).isEqualTo(keys));
    }

    @Test
    void theNoticesOfferedExistAndEachIsAUsualWordingNotARegimesVariant() {
        assertThat(choices(BuildingBlocks.NOTICE)).singleElement().satisfies(offered -> assertThat(offered).isNotEmpty()
                .allSatisfy(name -> {
                    assertThat(NoticePlaceholders.exists(name)).as(name).isTrue();
                    assertThat(name).doesNotContain("-under-");
                }));
    }

    @Test
    void theAppealableDecisionsOfferedAreTheCodes() {
        assertThat(choices(BuildingBlocks.DECISION)).singleElement().isEqualTo(
                Arrays.stream(AppealableDecision.values()).map(Enum::name).collect(Collectors.toSet()));
    }

    @Test
    void theRecipientsPatternAcceptsEveryRoleAndNoOther() {
        JsonNode recipients = property(BuildingBlocks.RECIPIENTS).get(0);
        Pattern pattern = Pattern.compile(recipients.at("/constraints/pattern/value").asText());
        for (RecipientRole role : RecipientRole.values()) {
            assertThat(pattern.matcher(role.name()).matches()).as(role.name()).isTrue();
        }
        assertThat(pattern.matcher("PARENT, OFFICER").matches()).isTrue();
        assertThat(pattern.matcher("PARENT,NANNY").matches()).isFalse();
        Matcher listed = Pattern.compile("[A-Z_]{4,}").matcher(recipients.get("description").asText());
        Set<String> described = new HashSet<>();
        while (listed.find()) {
            described.add(listed.group());
        }
        assertThat(described).isEqualTo(Arrays.stream(RecipientRole.values()).map(Enum::name).collect(Collectors.toSet()));
    }

    private List<Set<String>> choices(String binding) {
        return property(binding).stream().map(p -> StreamSupport.stream(p.get("choices").spliterator(), false)
                .map(c -> c.get("value").asText()).collect(Collectors.toSet())).toList();
    }

    private List<String> hiddenValues(String binding) {
        return property(binding).stream().map(p -> p.get("value").asText()).toList();
    }

    private List<JsonNode> property(String binding) {
        return StreamSupport.stream(templates.spliterator(), false)
                .flatMap(t -> StreamSupport.stream(t.get("properties").spliterator(), false))
                .filter(p -> binding.equals(p.at("/binding/name").asText())).toList();
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("element-templates/ehc-flow.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
