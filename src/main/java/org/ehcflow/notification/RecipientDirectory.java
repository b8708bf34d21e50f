package org.ehcflow.notification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.identity.Groups;
import org.springframework.stereotype.Component;

/** Finds who stands behind a recipient role for a given case. */
@Component
class RecipientDirectory {

    private final PartnerProperties partners;
    private final IdentityService identity;

    RecipientDirectory(PartnerProperties partners, IdentityService identity) {
        this.partners = partners;
        this.identity = identity;
    }

    List<Recipient> resolve(RecipientRole role, CaseRecord c, Map<String, String> stepValues) {
        if (role.isNamedByStep()) {
            String name = stepValues.get(role.nameVariable());
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("A message to " + role + " needs the variable " + role.nameVariable());
            }
            return List.of(new Recipient(role, name, stepValues.get(role.addressVariable())));
        }
        return switch (role) {
            case PARENT -> List.of(new Recipient(role, c.parent().name(), c.parent().email()));
            case SCHOOL -> List.of(new Recipient(role, c.school().name(), c.school().email()));
            case HEALTH -> List.of(partner(role, partners.health()));
            case SOCIAL_CARE -> List.of(partner(role, partners.socialCare()));
            case EDUCATIONAL_PSYCHOLOGY -> List.of(partner(role, partners.educationalPsychology()));
            case OFFICER -> c.caseOfficer() == null ? List.of(new Recipient(role, "Unassigned case officer", null))
                    : List.of(user(role, identity.createUserQuery().userId(c.caseOfficer()).singleResult(), c.caseOfficer()));
            case MANAGER -> identity.createUserQuery().memberOfGroup(Groups.MANAGERS).orderByUserId().asc().list()
                    .stream().map(u -> user(role, u, u.getId())).toList();
            case OTHER_ADVISER, CONSULTED_SCHOOL, NAMED_SCHOOL, COMPLAINANT -> throw new IllegalStateException(role + " is named by the step");
        };
    }

    private static Recipient partner(RecipientRole role, PartnerProperties.Partner partner) {
        return new Recipient(role, partner == null ? role.name() : partner.name(), partner == null ? null : partner.email());
    }

    private static Recipient user(RecipientRole role, User user, String userId) {
        if (user == null) {
            return new Recipient(role, userId, null);
        }
        return new Recipient(role, (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim(),
                user.getEmail());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
