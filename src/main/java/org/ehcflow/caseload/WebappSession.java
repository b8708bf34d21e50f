package org.ehcflow.caseload;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.ehcflow.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * The user signed in to the Camunda webapps (Tasklist, Cockpit), read from the same HTTP session, so that the
 * caseload pages need no second login.
 */
@Component
public class WebappSession {

    static final String ENGINE = "default";

    /** The signed-in user, if any. */
    public Optional<UserAuthentication> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null ? Optional.empty()
                : Optional.ofNullable((UserAuthentication) authentications.getAuthenticationForProcessEngine(ENGINE));
    }

    /** The SEND team (officers, managers, administrators): who may read a case's pages. */
    public static boolean readsCases(UserAuthentication user) {
        return isManager(user) || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CASE_OFFICERS);
    }

    /** Process designers and administrators: who may read the models' record and their migration reports. */
    public static boolean readsModels(UserAuthentication user) {
        return isAdministrator(user) || user.getGroupIds() != null && user.getGroupIds().contains(Groups.DESIGNERS);
    }

    public static boolean isAdministrator(UserAuthentication user) {
        return user.getGroupIds() != null && user.getGroupIds().contains(Groups.ADMINS);
    }

    public static boolean isManager(UserAuthentication user) {
        return user.getGroupIds() != null
                && (user.getGroupIds().contains(Groups.MANAGERS) || user.getGroupIds().contains(Groups.ADMINS));
    }
}
