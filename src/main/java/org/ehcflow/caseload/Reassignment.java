package org.ehcflow.caseload;

import java.util.List;

/**
 * A manager's request to move cases: to one officer ({@code to}), or spread over the available officers by least
 * load ({@code spread}); for a caseload, all of the officer's open cases or the selected {@code cases}.
 */
public record Reassignment(String to, Boolean spread, String reason, List<String> cases) {
}
