package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The README's "Demo logins" table says what each demo user can do; it is checked against the demo users the code
 * seeds and against docs/authorization.md, which AuthorizationMatrixTest holds to the running service.
 */
class DemoLoginsTest {

    private static final Map<String, String> ROLE_OF = Map.of("officer1", "officer", "manager1", "manager",
            "designer1", "designer", "health1", "health", "school1", "school", "admin", "admin");

    private final Map<String, String[]> readme = readmeRows();
    private final Map<String, Map<String, String>> matrix = matrix();

    @Test
    void everyDemoUserTheCodeSeedsIsInTheTableWithItsGroup() {
        for (DemoUsers.DemoUser demo : DemoUsers.TEAM) {
            assertThat(readme).as(demo.id()).containsKey(demo.id());
            assertThat(readme.get(demo.id())[2]).as(demo.id() + "'s group").isEqualTo(demo.group());
        }
        assertThat(readme.get("admin")[2]).isEqualTo(Groups.ADMINS);
    }

    @Test
    void whatTheTableSaysEachCanDoIsWhatTheMatrixSays() {
        ROLE_OF.forEach((user, role) -> {
            String can = readme.get(user)[3];
            boolean readsCases = "200".equals(matrix.get("GET /api/cases/{case}").get(role));
            assertThat(can.contains("read cases") || can.contains("read every case") || can.startsWith("everything"))
                    .as(user + " reads cases: README says '" + can + "'").isEqualTo(readsCases);
            boolean startsRequests = "400".equals(matrix.get("POST /engine-rest/process-definition/key/ehc-needs-assessment/start").get(role));
            assertThat(can.contains("start a request") || can.contains("start the same three journeys"))
                    .as(user + " starts journeys by hand").isEqualTo(startsRequests);
            if ("designer".equals(role)) {
                assertThat(matrix.get("DELETE /engine-rest/deployment/{deployment}").get(role)).isEqualTo("403");
                assertThat(matrix.get("GET /engine-rest/task").get(role)).isEqualTo("403");
                assertThat(can).contains("may not delete a deployment", "no case data");
            }
        });
    }

    private static Map<String, String[]> readmeRows() {
        String text = read(Path.of("README.md"));
        String table = text.substring(text.indexOf("## Demo logins"), text.indexOf("What each role may do"));
        Map<String, String[]> rows = new HashMap<>();
        for (String line : table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| user")).toList()) {
            String[] cells = cells(line);
            for (String user : cells[0].split(",\\s*")) {
                rows.put(user.strip(), cells);
            }
        }
        return rows;
    }

    /** Request to role to expected status, from docs/authorization.md. */
    private static Map<String, Map<String, String>> matrix() {
        Map<String, Map<String, String>> byRequest = new HashMap<>();
        List<String> roles = null;
        for (String line : read(Path.of("docs/authorization.md")).lines().filter(l -> l.startsWith("|") && !l.startsWith("|---")).toList()) {
            String[] cells = cells(line);
            if (roles == null) {
                roles = List.of(cells).subList(3, cells.length);
                continue;
            }
            Map<String, String> statuses = new HashMap<>();
            for (int i = 0; i < roles.size(); i++) {
                statuses.put(roles.get(i), cells[3 + i]);
            }
            byRequest.putIfAbsent(cells[1], statuses);
        }
        return byRequest;
    }

    private static String[] cells(String line) {
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
