package org.ehcflow.partner;

import java.util.List;

import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.identity.Groups;
import org.ehcflow.notification.RecipientRole;

/** The advice sought under reg 6(1) from a partner service: whose group works it and who is told. */
public enum AdviceKind {
    EDUCATIONAL(DeadlineKey.ADVICE_EDUCATIONAL, "educational", Groups.SCHOOLS, RecipientRole.SCHOOL),
    MEDICAL(DeadlineKey.ADVICE_MEDICAL, "medical", Groups.HEALTH, RecipientRole.HEALTH),
    PSYCHOLOGICAL(DeadlineKey.ADVICE_PSYCHOLOGICAL, "psychological", Groups.EDUCATIONAL_PSYCHOLOGISTS,
            RecipientRole.EDUCATIONAL_PSYCHOLOGY),
    SOCIAL_CARE(DeadlineKey.ADVICE_SOCIAL_CARE, "social care", Groups.SOCIAL_CARE, RecipientRole.SOCIAL_CARE),
    /** Anyone else the LA thinks fit or the parent reasonably asks for: the case officer records what arrives. */
    OTHER(DeadlineKey.ADVICE_OTHER, "other", Groups.CASE_OFFICERS, RecipientRole.OTHER_ADVISER);

    /** The advice every assessment seeks under reg 6(1), besides the parent's own. */
    public static final List<AdviceKind> ALWAYS_SOUGHT = List.of(EDUCATIONAL, MEDICAL, PSYCHOLOGICAL, SOCIAL_CARE);

    private final DeadlineKey deadline;
    private final String words;
    private final String group;
    private final RecipientRole recipient;

    AdviceKind(DeadlineKey deadline, String words, String group, RecipientRole recipient) {
        this.deadline = deadline;
        this.words = words;
        this.group = group;
        this.recipient = recipient;
    }

    public DeadlineKey deadline() {
        return deadline;
    }

    /** As the kind is written in a sentence: "medical advice". */
    public String words() {
        return words;
    }

    public String group() {
        return group;
    }

    public RecipientRole recipient() {
        return recipient;
    }

    /** A partner service works its own advice task; other advice is recorded by the case officer. */
    public boolean workedByPartner() {
        return this != OTHER;
    }
}
