package org.ehcflow.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The passwords EHC Flow accepts, through Camunda Admin, a user's profile and /engine-rest alike: at least 12
 * characters (the NCSC's advice favours length over symbols), not holding the user's id, names or e-mail, and not a
 * password known to attackers or one of the demo logins.
 */
final class PasswordRules implements PasswordPolicy {

    static final int MIN_LENGTH = 12;

    /** Lower-cased: the demo logins' passwords and long passwords first on every attacker's list. */
    private static final Set<String> KNOWN = Set.of("officer1", "officer2", "officer3", "manager1", "designer1",
            "health1", "social1", "ep1", "school1", "admin", "password1234", "password12345", "123456789012",
            "1234567890123", "qwertyuiop12", "administrator", "changeme1234", "letmein12345", "welcome12345",
            "passwordpassword");

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl(), new NotKnown());
    }

    /** Why {@code password} is refused for {@code userId}, or null when it is not. */
    static String refusal(String userId, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "it has fewer than " + MIN_LENGTH + " characters";
        }
        if (userId != null && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
            return "it holds the user id";
        }
        return KNOWN.contains(password.toLowerCase(Locale.ROOT)) ? "it is a well-known password" : null;
    }

    private static final class NotKnown implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return "EHCFLOW_PASSWORD_NOT_KNOWN";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String password) {
            return password != null && !KNOWN.contains(password.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean execute(String password, User user) {
            return execute(password);
        }
    }
}
