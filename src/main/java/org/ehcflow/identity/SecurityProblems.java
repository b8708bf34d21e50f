package org.ehcflow.identity;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 as problem details, like every other error of the API. */
final class SecurityProblems {

    private SecurityProblems() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"EHC Flow\"");
            write(json, request, response, HttpStatus.UNAUTHORIZED,
                    "Sign in with HTTP Basic authentication as a Camunda user");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, request, response, HttpStatus.FORBIDDEN,
                "Your groups do not allow this request");
    }

    private static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                              HttpStatus status, String detail) throws IOException {
        write(json, request, response, status, null, detail);
    }

    /** Answers with problem details: the status, a title (or the status's own), the detail and the address asked. */
    static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                      String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (title != null) {
            problem.setTitle(title);
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
