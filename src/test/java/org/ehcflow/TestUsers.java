package org.ehcflow;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Users a test creates for itself. They keep the password policy (12 characters, not holding the id), so they share
 * one password; the demo logins keep theirs (their user id).
 */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {
    }

    /** A new user in {@code group}, with an id starting {@code prefix}; signs in with {@link #PASSWORD}. */
    public static String create(IdentityService identity, String prefix, String group, String firstName, String lastName) {
        String id = prefix + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@ehcflow.invalid");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    /** The password a user signs in with in tests: a demo login's own id, or the test users' password. */
    public static String passwordOf(String user) {
        return user.matches("(officer|manager|designer|health|social|ep|school)\\d|admin") ? user : PASSWORD;
    }
}
