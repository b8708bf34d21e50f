package org.ehcflow.system.idempotency;

import java.util.Set;

final class HttpMethodsThatWrite {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private HttpMethodsThatWrite() {
    }

    static boolean includes(String method) {
        return WRITES.contains(method);
    }
}
