package org.ehcflow.models;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records a deployment refused during a request (through /engine-rest or the webapps' own engine API) once the
 * request's work, and the refused deployment's transaction, are over.
 */
@Component
class RefusedDeploymentRecorder extends OncePerRequestFilter {

    private final ModelAudit audit;

    RefusedDeploymentRecorder(ModelAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            audit.recordPendingRefusal();
        }
    }
}
