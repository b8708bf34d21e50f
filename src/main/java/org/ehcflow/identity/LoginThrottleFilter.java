package org.ehcflow.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every sign-in, by HTTP Basic (/api, /engine-rest) or at the webapps' login, passes the {@link LoginThrottle} of its
 * client address first: a paused address gets 401 saying how long to wait, and its credentials are not checked, so
 * no account's delay or lock can be run up from there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ObjectMapper json;
    private final Counter badCredentials;
    private final Counter paused;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json, MeterRegistry metrics) {
        this.throttle = throttle;
        this.json = json;
        this.badCredentials = refusals(metrics, "bad-credentials");
        this.paused = refusals(metrics, "address-paused");
    }

    /** {@code ehcflow_logins_refused_total}: a rise of bad credentials from one place is someone guessing passwords. */
    private static Counter refusals(MeterRegistry metrics, String reason) {
        return Counter.builder("ehcflow.logins.refused").description("Sign-ins refused, by reason")
                .tag("reason", reason).register(metrics);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return signIn(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            paused.increment();
            refuse(request, response, wait.get());
            return;
        }
        RefusalWatch watched = new RefusalWatch(response, () -> {
            badCredentials.increment();
            throttle.failed(address, signIn(request).orElse("?"));
        });
        chain.doFilter(request, watched);
        if (!watched.refused && response.getStatus() < 400) {
            throttle.succeeded(address);
        }
    }

    /**
     * Counts a refused sign-in the moment its 401 is set, before any of the answer can reach the client: counted
     * after the answer, the client's next attempt could arrive first and slip past a pause.
     */
    private static final class RefusalWatch extends HttpServletResponseWrapper {
        private final Runnable onRefusal;
        private boolean refused;

        RefusalWatch(HttpServletResponse response, Runnable onRefusal) {
            super(response);
            this.onRefusal = onRefusal;
        }

        @Override
        public void setStatus(int status) {
            seen(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            seen(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            seen(status);
            super.sendError(status, message);
        }

        private void seen(int status) {
            if (status == SC_UNAUTHORIZED && !refused) {
                refused = true;
                onRefusal.run();
            }
        }
    }

    /** Who a request signs in as: the user of its HTTP Basic credentials, or the webapps' login; empty when neither. */
    private static Optional<String> signIn(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).strip()),
                        java.nio.charset.StandardCharsets.UTF_8);
                return Optional.of(decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded);
            } catch (IllegalArgumentException notBase64) {
                return Optional.of("?");
            }
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+")) {
            return Optional.of("(at the webapps' login)");   // its form is left unread: it is Camunda's to read
        }
        return Optional.empty();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()));
        SecurityProblems.write(json, request, response, HttpStatus.UNAUTHORIZED, "Sign-ins paused", "Too many failed"
                + " sign-ins from your address. Wait " + minutes + (minutes == 1 ? " minute" : " minutes") + " before you"
                + " try again; nothing you send meanwhile is checked.");
    }
}
