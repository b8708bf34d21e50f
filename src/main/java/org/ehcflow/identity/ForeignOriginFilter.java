package org.ehcflow.identity;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A browser sends HTTP Basic credentials it holds to /api and /engine-rest whichever site made it send the request,
 * and a form may post a multipart deployment without any script: so a change (POST, PUT, PATCH, DELETE) that a browser
 * says comes from another site (its Origin, or Sec-Fetch-Site: cross-site) is refused before it is looked at. Clients
 * that are not browsers (the Modeler, curl, a council's systems) send no Origin and are not affected.
 */
class ForeignOriginFilter extends OncePerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ObjectMapper json;

    ForeignOriginFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CHANGES.contains(request.getMethod()) && fromAnotherSite(request)) {
            SecurityProblems.write(json, request, response, HttpStatus.FORBIDDEN, "Request from another site", "A change"
                    + " sent by a page of another site is refused: use EHC Flow's own pages, or a client that is not a browser.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !origin.equalsIgnoreCase(ownOrigin(request));
        }
        return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
