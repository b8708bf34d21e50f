package org.ehcflow.system.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes a write to /api safe to repeat: sent with an {@code Idempotency-Key} header, the request is carried out once
 * and every later request of the same caller with the same key gets the first answer again, writing nothing. Two
 * sent at the same moment are taken one after the other (the key is claimed in the request's own transaction, which
 * the work joins). Only a successful answer is kept: a refused request leaves the key free for the corrected one.
 * The same key with another request is refused with 422. Runs after Spring Security, so the caller is known.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotentRequests requests;
    private final PlatformTransactionManager transactions;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotentRequests requests, PlatformTransactionManager transactions, ObjectMapper json) {
        this.requests = requests;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String caller = request.getRemoteUser();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, HEADER + " must be 1 to 200 visible ASCII characters, such as a UUID");
            return;
        }
        ReplayableRequest replayable = new ReplayableRequest(request);
        String hash = hash(request.getMethod(), request.getRequestURI(), request.getQueryString(), replayable.body());
        Optional<IdempotentRequests.Answer> earlier = requests.find(caller, key);
        if (earlier.isPresent()) {
            replay(earlier.get(), hash, response);
            return;
        }
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            requests.claim(caller, key, request.getMethod(), request.getRequestURI(), hash);
        } catch (DuplicateKeyException sentAtTheSameMoment) {
            transactions.rollback(transaction);
            replay(requests.find(caller, key).orElseThrow(), hash, response);
            return;
        }
        try {
            chain.doFilter(replayable, answer);
        } catch (IOException | ServletException | RuntimeException e) {
            rollbackIfActive(transaction);
            throw e;
        }
        if (answer.getStatus() >= 200 && answer.getStatus() < 300 && !transaction.isRollbackOnly()) {
            requests.answer(caller, key, answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                    new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
            transactions.commit(transaction);
        } else {
            rollbackIfActive(transaction);
        }
        answer.copyBodyToResponse();
    }

    private void rollbackIfActive(TransactionStatus transaction) {
        if (!transaction.isCompleted()) {
            transactions.rollback(transaction);
        }
    }

    private void replay(IdempotentRequests.Answer answer, String hash, HttpServletResponse response) throws IOException {
        if (!answer.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "This " + HEADER + " was used before for another request;"
                    + " use a new key for a new request");
            return;
        }
        if (answer.status() == 0) {
            problem(response, HttpStatus.CONFLICT, "The first request with this " + HEADER + " is still being carried out");
            return;
        }
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.body() != null) {
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("field", HEADER);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String hash(String method, String path, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "?" + query + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
