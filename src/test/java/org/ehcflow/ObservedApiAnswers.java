package org.ehcflow;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every answer of an /api operation the tests saw: its method, its address as the controller declares it and the
 * status. {@code ApiContractTest} holds the OpenAPI contract to them once every other test has run.
 */
public class ObservedApiAnswers extends OncePerRequestFilter implements Ordered {

    public record Answer(String method, String path, int status) {
    }

    private static final Set<Answer> OBSERVED = ConcurrentHashMap.newKeySet();

    private final RequestMappingHandlerMapping mapping;

    ObservedApiAnswers(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    public static Set<Answer> observed() {
        return Set.copyOf(OBSERVED);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;   // outside Spring Security: its 401 and 403 are answers too
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !uri.startsWith("/api/") || uri.startsWith("/api/docs") || uri.startsWith("/api/swagger-ui");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String path = declaredPath(request);
        if (path != null) {
            OBSERVED.add(new Answer(request.getMethod(), path, response.getStatus()));
        }
    }

    private String byAddressAlone(HttpServletRequest request) {
        return mapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMatchingCondition(request) != null)   // not a 405
                .map(info -> info.getPathPatternsCondition() == null ? null
                        : info.getPathPatternsCondition().getMatchingCondition(request))
                .filter(java.util.Objects::nonNull)
                .map(condition -> condition.getFirstPattern())
                .sorted(org.springframework.web.util.pattern.PathPattern.SPECIFICITY_COMPARATOR)
                .map(org.springframework.web.util.pattern.PathPattern::getPatternString)
                .findFirst().orElse(null);
    }

    /** The address the controller declares; for a request refused before it reached one, looked up. */
    private String declaredPath(HttpServletRequest request) {
        Object matched = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (matched == null) {
            try {
                if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                    ServletRequestPathUtils.parseAndCache(request);
                }
                mapping.getHandler(request);
                matched = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            } catch (Exception refusedBeforeIt) {
                matched = byAddressAlone(request);   // the address and method matched, the body's type did not
            }
        }
        return matched == null ? null : matched.toString();
    }
}
