package org.ehcflow.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts on every log line of a request who made it ({@code userId}) and, for a case's address
 * ({@code /api/cases/{reference}/...}, {@code /cases/{reference}}), the case's reference ({@code caseReference}).
 * Within a journey step the engine adds the case reference, journey, process instance and step itself
 * ({@code camunda.bpm.generic-properties.properties.loggingContext*}). Runs after Spring Security has signed the
 * request in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class RequestLogContext extends OncePerRequestFilter {

    static final String USER = "userId";
    static final String CASE = "caseReference";
    private static final Pattern CASE_ADDRESS = Pattern.compile("^/(?:api/)?cases/([A-Za-z0-9-]{1,32})(?:/|$)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !"anonymousUser".equals(signedIn.getName())) {
            MDC.put(USER, signedIn.getName());
        }
        Matcher address = CASE_ADDRESS.matcher(request.getRequestURI());
        if (address.find()) {
            MDC.put(CASE, address.group(1));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(CASE);
        }
    }
}
