package org.ehcflow.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ehcflow.identity.Groups;

/**
 * The people of the simulated council, as users of the engine: officers (case-officers), managers (send-managers) and
 * one person for each partner group, who answers every request sent to the group.
 */
final class Workforce {

    static final Map<String, String> PARTNER_HABITS = Map.of(Groups.HEALTH, "health", Groups.SOCIAL_CARE, "social-care",
            Groups.EDUCATIONAL_PSYCHOLOGISTS, "educational-psychology", Groups.SCHOOLS, "schools");

    final List<String> officers = new ArrayList<>();
    final List<String> managers = new ArrayList<>();

    Workforce(IdentityService identity, int officerCount, int managerCount) {
        for (int i = 1; i <= officerCount; i++) {
            officers.add(user(identity, String.format(Locale.ROOT, "officer%03d", i), "Officer", Groups.CASE_OFFICERS));
        }
        for (int i = 1; i <= managerCount; i++) {
            managers.add(user(identity, String.format(Locale.ROOT, "manager%02d", i), "Manager", Groups.MANAGERS));
        }
        PARTNER_HABITS.keySet().forEach(group -> user(identity, partner(group), "Adviser", group));
    }

    /** The one person answering for a partner group. */
    static String partner(String group) {
        return "adviser" + group.replace("-", "");
    }

    boolean isOfficer(String user) {
        return user != null && officers.contains(user);
    }

    private static String user(IdentityService identity, String id, String role, String group) {
        User user = identity.newUser(id);
        user.setFirstName("Simulated");
        user.setLastName((role + " " + id.replaceAll("[^0-9]", "")).strip());
        user.setEmail(id + "@simulation.invalid");
        user.setPassword(UUID.randomUUID().toString());
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }
}
