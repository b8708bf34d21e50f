package org.ehcflow.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every rejected /api request into RFC 9457 problem details. A 400 names the field at fault in
 * {@code field} (and lists all faults in {@code errors} when there are several).
 */
@RestControllerAdvice(basePackages = "org.ehcflow")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Two people changed the same thing at the same moment: the later one is told to look again, nothing is half done. */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class, DuplicateKeyException.class})
    ProblemDetail concurrentChange(Exception e) {
        LOG.info("Refused a request that met a concurrent change: {}", e.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Someone else changed this case at"
                + " the same moment, so nothing was changed. Look at it again and repeat the request if it is still needed.");
        problem.setTitle("Changed at the same moment");
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail notAuthorized(AuthorizationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You are not allowed to do this");
    }

    /** Anything unforeseen: logged with an id the answer gives, and never SQL, class names or stack frames in it. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException) {
            throw e;
        }
        if (e instanceof ErrorResponse answered) {
            return answered.getBody();
        }
        String id = UUID.randomUUID().toString();
        LOG.error("Unexpected failure {} of an /api request", id, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong"
                + " on our side and nothing was changed. Give the service desk this reference: " + id);
        problem.setProperty("errorId", id);
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return badField(e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidRowsException.class)
    ProblemDetail invalidRows(InvalidRowsException e) {
        InvalidRowsException.RowError first = e.errors().get(0);
        ProblemDetail problem = badField(first.field(), e.getMessage());
        problem.setTitle("Invalid rows");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "one of " + List.of(e.getRequiredType().getEnumConstants())
                : LocalDate.class.equals(e.getRequiredType())
                ? "a date written YYYY-MM-DD" : "a valid value";
        return badField(e.getName(), "'" + e.getValue() + "' is not " + expected);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badField(e.getParameterName(), "'" + e.getParameterName() + "' is required"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "detail", String.valueOf(error.getDefaultMessage())))
                .toList();
        FieldError first = e.getBindingResult().getFieldError();
        ProblemDetail problem = badField(first == null ? null : first.getField(),
                first == null ? "The request is not valid" : first.getField() + ": " + first.getDefaultMessage());
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = jsonPath(mismatch.getPath());
            Class<?> target = mismatch.getTargetType();
            String expected = LocalDate.class.equals(target) ? ": write dates as YYYY-MM-DD"
                    : target != null && target.isEnum() ? ": it must be one of " + List.of(target.getEnumConstants())
                    : WHOLE_NUMBERS.contains(target) ? ": it must be a whole number"
                    : String.class.equals(target) && mismatch.getOriginalMessage().contains("control character")
                    ? ": it holds a control character (such as NUL) that no one types" : "";
            return ResponseEntity.badRequest().body(badField(field, "'" + field + "' has a value of the wrong form" + expected));
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not readable JSON"));
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static ProblemDetail badField(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request field");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
