package org.ehcflow.pages;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.ehcflow.caseload.WebappSession;
import org.ehcflow.identity.Groups;
import org.springframework.stereotype.Component;

/** The person signed in to the webapps, as the product's pages see them: who, and which pages are theirs. */
@Component
class PageUser {

    record Signed(String id, String name, boolean readsCases, boolean managesCaseloads) {
    }

    private final WebappSession session;

    PageUser(WebappSession session) {
        this.session = session;
    }

    Optional<Signed> of(HttpServletRequest request) {
        return session.user(request).map(user -> {
            List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
            boolean manager = groups.contains(Groups.MANAGERS) || groups.contains(Groups.ADMINS);
            return new Signed(user.getIdentityId(), user.getName(), manager || groups.contains(Groups.CASE_OFFICERS), manager);
        });
    }
}
