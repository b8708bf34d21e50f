package org.ehcflow.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.ehcflow.caseload.WebappSession;
import org.springframework.stereotype.Component;

/** The person signed in to the webapps, as the product's pages see them: who, and which pages are theirs. */
@Component
class PageUser {

    record Signed(String id, String name, boolean readsCases, boolean managesCaseloads, boolean readsModels,
                  boolean administers) {
    }

    private final WebappSession session;

    PageUser(WebappSession session) {
        this.session = session;
    }

    Optional<Signed> of(HttpServletRequest request) {
        return session.user(request).map(user -> new Signed(user.getIdentityId(), user.getName(),
                WebappSession.readsCases(user), WebappSession.isManager(user), WebappSession.readsModels(user),
                WebappSession.isAdministrator(user)));
    }
}
