package org.ehcflow.caseload;

import java.util.List;

/**
 * A manager's request to move cases: to one officer ({@code to}), or spread over the available officers by least
 * load ({@code spread}); for a caseload, all of the officer's open cases or the selected {@code cases}. For one case,
 * {@code from} may name the officer the manager saw holding it: if someone else moved it meanwhile, the move is
 * refused rather than made on top of theirs.
 */
public record Reassignment(String to, Boolean spread, String reason, List<String> cases, String from) {

    public Reassignment(String to, Boolean spread, String reason, List<String> cases) {
        this(to, spread, reason, cases, null);
    }
}
