package org.ehcflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ehcflow.deadline.DeadlineRegime;

/**
 * What a notice template asks for, so that a model naming a template can be checked before it is deployed: every
 * {placeholder} must be a value the letter will have when it is sent, never a gap found on the day a parent's letter
 * fails.
 */
public final class NoticePlaceholders {

    /** The values every notice has: the case's own fields and the recipient ({@link NotificationValues}). */
    public static final Set<String> CASE_FIELDS = Set.of("reference", "childName", "childGivenName", "parentName",
            "schoolName", "caseOfficer", "recipientName", "mediationAdviser");

    /**
     * The process variables the product itself writes (its facades and its /api starts), which a template may name
     * beside the variables a model's own forms and parameters declare. {@code NoticePlaceholdersTest} keeps the list
     * true to the code.
     */
    public static final Set<String> PRODUCT_VARIABLES = Set.of("actionsDueBy", "adviceDueBy", "adviceKey", "adviceWords",
            "adviserGroup", "adviserRole", "amendedPlanDueBy", "amendedPlanIssuedOn", "amendmentCommentsDueBy",
            "appealId", "appealOutcome", "appealableDecision", "appealedDecision", "bundleDueBy", "caseReference",
            "complainantEmail", "complainantName", "complaintId", "consultedSchoolEmail", "consultedSchoolName",
            "deadlineDueOn", "deadlineRegime", "deadlineRequirement", "decisionDueBy", "decisionNotified",
            "draftCommentsEnd", "escalatedOn", "exceptionFrom", "exceptionRegulation", "exceptionWords",
            "healthInDispute", "healthRecommendations", "hearingDate", "hearingOn", "heldBy", "joinedWatch", "kind",
            "mediationDueBy", "mediationIssues", "mediationRequestedOn", "meetingDate", "meetingOn", "meetingVenue",
            "namedSchoolName", "orderableAction", "phaseTransfer", "phaseTransferDueBy", "planCeased", "planIssuedOn",
            "receivedOn", "receivedOnText", "recentAssessmentCompletedOn", "recoveryDueOn", "regimeFrom",
            "requestDecidedOn", "requestReceived", "requiredBecause", "requiredBy", "requiredRegulation",
            "requiredWork", "respondedOnText", "responseDueBy", "reviewBase", "reviewDecision", "reviewDueBy",
            "reviewTold", "socialCareRecommendations", "summary", "tribunalDecisionOn", "tribunalReference",
            "withdrawalReason");

    private static final Pattern INNERMOST = Pattern.compile("\\{([^{}]*)}");

    private NoticePlaceholders() {
    }

    /** Whether notifications/{template}.txt exists. */
    public static boolean exists(String template) {
        return template.matches("[a-z0-9-]+") && NoticePlaceholders.class.getResource(path(template)) != null;
    }

    /**
     * The placeholders of {@code template} and of its wordings for journeys on the Tribunal's terms
     * ({template}-under-{regime}). A nested placeholder ({due.{adviceKey}}) gives both names, the outer one with
     * {@code *} for the inner ({@code due.*}).
     */
    public static Set<String> of(String template) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(placeholdersIn(read(template)));
        for (DeadlineRegime regime : DeadlineRegime.values()) {
            String variant = template + "-under-" + regime.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (exists(variant)) {
                names.addAll(placeholdersIn(read(variant)));
            }
        }
        return names;
    }

    static Set<String> placeholdersIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        String rest = text;
        Matcher m = INNERMOST.matcher(rest);
        while (m.find()) {
            do {
                names.add(m.group(1));
            } while (m.find());
            rest = INNERMOST.matcher(rest).replaceAll("*");
            m = INNERMOST.matcher(rest);
        }
        return names;
    }

    private static String read(String template) {
        try (InputStream in = NoticePlaceholders.class.getResourceAsStream(path(template))) {
            if (in == null) {
                throw new IllegalArgumentException("no notification template " + path(template));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String template) {
        return "/notifications/" + template + ".txt";
    }
}
