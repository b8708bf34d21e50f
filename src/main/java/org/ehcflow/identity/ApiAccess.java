package org.ehcflow.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which groups may call which /api address: one list, read in order (the first rule an address meets decides), that
 * {@link ApiSecurity} enforces and the OpenAPI contract states for each operation. An address no rule names is for
 * any signed-in user.
 */
public final class ApiAccess {

    /** A method (any, when null) and addresses, and the groups allowed them. */
    public record Rule(HttpMethod method, List<String> patterns, List<String> groups) {

        boolean covers(HttpMethod asked, String path) {
            return (method == null || method.equals(asked)) && patterns.stream()
                    .map(PathPatternParser.defaultInstance::parse)
                    .anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
        }
    }

    /** Case data (personal data) is for the SEND team only; designers and partners get 403. */
    static final List<String> CASE_READERS = List.of(Groups.CASE_OFFICERS, Groups.MANAGERS, Groups.ADMINS);

    /**
     * Caseloads, absences, the moving of cases, the access log and the reports (the team's figures and the DfE return)
     * are the managers' (and administrators'): officers get 403.
     */
    static final List<String> CASELOAD_MANAGERS = List.of(Groups.MANAGERS, Groups.ADMINS);

    /** Partner services submit advice for a case, each only its own kind (checked by the advice endpoint). */
    static final List<String> ADVISERS = List.of(Groups.SCHOOLS, Groups.HEALTH, Groups.EDUCATIONAL_PSYCHOLOGISTS,
            Groups.SOCIAL_CARE);

    public static final List<Rule> RULES = List.of(
            // A subject access export holds everything about a child: the administrators answer such requests.
            rule(null, List.of(Groups.ADMINS), "/api/cases/*/export"),
            // Which cases the retention removed (their references) is for the administrators, like the export.
            rule(null, List.of(Groups.ADMINS), "/api/retention"),
            rule(null, ADVISERS, "/api/cases/*/advice/*"),
            rule(null, CASELOAD_MANAGERS, "/api/cases/*/reassign", "/api/caseloads/**", "/api/cases/*/access-log",
                    "/api/reports/**"),
            rule(null, CASE_READERS, "/api/cases/**"),
            // Bringing in a council's existing plans is a team-wide act: managers and administrators.
            rule(null, CASELOAD_MANAGERS, "/api/plans/**"),
            // Models: designers and administrators read the record and the migration dry run; only administrators
            // move running cases.
            rule(HttpMethod.POST, List.of(Groups.ADMINS), "/api/models/**"),
            rule(null, List.of(Groups.DESIGNERS, Groups.ADMINS), "/api/models/**"));

    private ApiAccess() {
    }

    /**
     * The groups allowed {@code method} on {@code path} (an address, or an OpenAPI path such as
     * {@code /api/cases/{reference}}); empty when any signed-in user may.
     */
    public static List<String> groupsFor(HttpMethod method, String path) {
        String address = path.replaceAll("\\{[^}/]+}", "x");
        return firstRule(method, address).map(Rule::groups).orElse(List.of());
    }

    private static Optional<Rule> firstRule(HttpMethod method, String address) {
        return RULES.stream().filter(rule -> rule.covers(method, address)).findFirst();
    }

    private static Rule rule(HttpMethod method, List<String> groups, String... patterns) {
        return new Rule(method, Arrays.asList(patterns), groups);
    }
}
