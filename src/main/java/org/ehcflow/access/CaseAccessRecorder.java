package org.ehcflow.access;

import java.util.Map;

import org.ehcflow.caseload.WebappSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records each answered request about one case (/api/cases/{reference}/..., and a new case's registration by its
 * Location) once it has been answered, outside its transaction: a read as READ, anything else as CHANGE; a search
 * or a report records a READ of each case it showed. A refused request (4xx, 5xx) showed and changed nothing, and is not recorded.
 */
class CaseAccessRecorder implements HandlerInterceptor {

    private final CaseAccessLog log;
    private final WebappSession session;

    CaseAccessRecorder(CaseAccessLog log, WebappSession session) {
        this.log = log;
        this.session = session;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod) || response.getStatus() >= 400 || ex != null) {
            return;
        }
        String reference = referenceOf(request, response);
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String user = whoAsked(request);
        if (user != null && request.getAttribute(CaseAccessLog.CASES_SHOWN) instanceof java.util.List<?> shown) {
            log.recordEach(shown.stream().map(Object::toString).distinct().toList(), user, CaseAccessLog.Action.READ,
                    request.getMethod() + " " + pattern + (pattern != null && pattern.contains("/reports")
                            ? " (in a report)" : " (in a search's results)"));
            return;
        }
        if (reference == null || user == null || pattern != null && pattern.endsWith("/access-log")) {
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        log.record(reference, user, read ? CaseAccessLog.Action.READ : CaseAccessLog.Action.CHANGE,
                request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern));
    }

    /** The /api caller (HTTP Basic), or the person signed in to the webapps for a case page. */
    private String whoAsked(HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            return user.getName();
        }
        return session.user(request).map(signed -> signed.getIdentityId()).orElse(null);
    }

    private static String referenceOf(HttpServletRequest request, HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null && variables.containsKey("reference")) {
            return variables.get("reference");
        }
        String created = response.getHeader(HttpHeaders.LOCATION);
        return created != null && created.matches(".*/api/cases/[^/]+$") ? created.substring(created.lastIndexOf('/') + 1) : null;
    }
}
