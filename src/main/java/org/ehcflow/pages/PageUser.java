package org.ehcflow.pages;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ehcflow.caseload.WebappSession;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

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

    /**
     * A page for those {@code allowed}: the signed-out are sent to sign in at {@code signIn}, others are refused with
     * {@code refusal}; the page is given the person signed in (also put in the model for the layout).
     */
    String page(HttpServletRequest request, HttpServletResponse response, Model model, Predicate<Signed> allowed,
                String signIn, String refusal, Function<Signed, String> page) {
        Optional<Signed> user = of(request);
        if (user.isEmpty()) {
            return "redirect:" + signIn;
        }
        model.addAttribute("user", user.get());
        return allowed.test(user.get()) ? page.apply(user.get()) : refused(response, model, 403, refusal);
    }

    /** The refusal page, with its status and what to tell the person. */
    static String refused(HttpServletResponse response, Model model, int status, String message) {
        response.setStatus(status);
        model.addAttribute("message", message);
        return "refused";
    }

    Optional<Signed> of(HttpServletRequest request) {
        return session.user(request).map(user -> new Signed(user.getIdentityId(), user.getName(),
                WebappSession.readsCases(user), WebappSession.isManager(user), WebappSession.readsModels(user),
                WebappSession.isAdministrator(user)));
    }
}
