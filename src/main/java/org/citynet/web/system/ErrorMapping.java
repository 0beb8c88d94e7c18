package org.citynet.web.system;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.store.PartialAnswerException;
import org.citynet.kernel.store.ProtectedGraphException;
import org.citynet.kernel.store.QueryTooComplexException;
import org.citynet.kernel.store.StoreBusyException;
import org.citynet.kernel.store.UnsupportedWriteException;
import org.citynet.kernel.store.WriteConflictException;
import org.citynet.kernel.store.WriteRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem details
 * ({@code application/problem+json}, whatever the request accepts: the Accept header may be what is wrong).
 * The service's own refusals carry their answer ({@link ProblemException}) and come through the base class
 * with Spring MVC's own exceptions (unsupported media type, 406, missing parameters, 404 for unknown paths);
 * this class adds the store's and Jena's exceptions, which know nothing of HTTP. Client errors are logged
 * at INFO without a stack trace, server errors at ERROR with one; clients never see a stack trace or a class
 * name.
 */
@RestControllerAdvice
public class ErrorMapping extends ResponseEntityExceptionHandler {

    private static final ExceptionHandlerMethodResolver HANDLERS = new ExceptionHandlerMethodResolver(ErrorMapping.class);

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    @ExceptionHandler(QueryParseException.class)
    ResponseEntity<Object> malformedQuery(QueryParseException e) {
        QuerySyntaxError error = QuerySyntaxError.of(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-query", "Malformed SPARQL query",
                error.message());
        if (error.hasPosition()) {
            problem.setProperty("line", error.line());
            problem.setProperty("column", error.column());
        }
        return answer(e, problem, new HttpHeaders());
    }

    @ExceptionHandler(QueryTooComplexException.class)
    ResponseEntity<Object> queryTooComplex(QueryTooComplexException e) {
        return answer(e, problem(HttpStatus.BAD_REQUEST, "query-too-complex", "Query too complex", e.getMessage()),
                new HttpHeaders());
    }

    /** 422 listing every violation: focus node, path, value, shape, message, graphs. */
    @ExceptionHandler(WriteRefusedException.class)
    ResponseEntity<Object> shapeViolations(WriteRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "shape-violation",
                "Write violates the shapes", e.getMessage());
        problem.setProperty("violations", e.violations().stream().map(ErrorMapping::violation).toList());
        return answer(e, problem, new HttpHeaders());
    }

    @ExceptionHandler(ProtectedGraphException.class)
    ResponseEntity<Object> protectedGraph(ProtectedGraphException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "protected-graph", "Protected graph", e.getMessage());
        problem.setProperty("graphs", e.graphs().keySet());
        return answer(e, problem, new HttpHeaders());
    }

    /** A fallback: Spring Security's refusals reach here already as problems (see the security package). */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"citynet\", charset=\"UTF-8\"");
        headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"citynet\"");
        return answer(e, problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                "The credentials sent were not accepted."), headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return answer(e, problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "The credentials sent do not allow this request."), new HttpHeaders());
    }

    @ExceptionHandler(QueryDeniedException.class)
    ResponseEntity<Object> federatedQueryDenied(QueryDeniedException e) {
        // Jena's message names the context symbol that would enable SERVICE: not for clients.
        return answer(e, problem(HttpStatus.BAD_REQUEST, "federated-query-not-supported",
                "Federated query not supported", "SERVICE (federated query) is not available here: queries are"
                        + " answered from this knowledge graph only."), new HttpHeaders());
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<Object> timeout(QueryCancelledException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "10");
        log.info("Query stopped by timeout");
        return answer(null, problem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out",
                "The query ran longer than this service allows and was stopped. Narrow it (a LIMIT, fewer"
                        + " OPTIONAL patterns) or try again later."), headers);
    }

    @ExceptionHandler(StoreBusyException.class)
    ResponseEntity<Object> busy(StoreBusyException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "2");
        log.info("Query refused: every query slot busy");
        return answer(null, problem(HttpStatus.SERVICE_UNAVAILABLE, "store-busy", "Too many queries at once",
                e.getMessage()), headers);
    }

    /** A store's answer that may have been cut or was flagged incomplete: never served, cached or published. */
    @ExceptionHandler(PartialAnswerException.class)
    ResponseEntity<Object> partialAnswer(PartialAnswerException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "10");
        log.warn("Refused a partial answer of the store ({}): {}", e.reason(), e.getMessage());
        return answer(null, problem(HttpStatus.SERVICE_UNAVAILABLE, "partial-answer",
                "Incomplete answer from the store",
                e.reason() == PartialAnswerException.Reason.ROW_CAP
                        ? "The store cut the answer at its row limit, so it is not given. Narrow the query (a LIMIT,"
                                + " a filter) or try again later."
                        : "The store could not give the whole answer this time. Try again later."), headers);
    }

    /** A write that lost a race with another writer on a shared store: nothing of it was committed. */
    @ExceptionHandler(WriteConflictException.class)
    ResponseEntity<Object> writeConflict(WriteConflictException e) {
        return answer(e, problem(HttpStatus.CONFLICT, "write-conflict", "The data changed during the write",
                "Another write reached the store first; nothing of this one was committed. Send it again."),
                new HttpHeaders());
    }

    @ExceptionHandler(UnsupportedWriteException.class)
    ResponseEntity<Object> unsupportedWrite(UnsupportedWriteException e) {
        return answer(e, problem(HttpStatus.UNPROCESSABLE_CONTENT, "unsupported-write",
                "Write not possible on this store",
                e.getMessage()), new HttpHeaders());
    }

    @ExceptionHandler(QueryExceptionHTTP.class)
    ResponseEntity<Object> storeUnreachable(QueryExceptionHTTP e) {
        log.error("The remote store failed: {}", e.getMessage(), e);
        return answer(null, problem(HttpStatus.BAD_GATEWAY, "store-unavailable", "Store unavailable",
                "The SPARQL store behind this service did not answer properly."), new HttpHeaders());
    }

    @ExceptionHandler(JenaException.class)
    ResponseEntity<Object> storeFailure(JenaException e) {
        log.error("Store failure", e);
        return answer(null, problem(HttpStatus.INTERNAL_SERVER_ERROR, "store-failure", "Store failure",
                "The query could not be completed."), new HttpHeaders());
    }

    /**
     * A failure inside a cache's loader (term labels, footers, per-version values) or a future comes wrapped,
     * and would otherwise meet the catch-all below: a store that failed became a 500 instead of a 502. It is
     * answered as what it wraps, by this class's handler for that, or the base class's for Spring's own and
     * the service's {@code ProblemException}s.
     */
    @ExceptionHandler({Cache.ValueRetrievalException.class, CompletionException.class})
    ResponseEntity<Object> wrapped(RuntimeException e, WebRequest request) throws Exception {
        Throwable cause = e;
        while (isWrapper(cause) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException wrapped && wrapped != e) {
            Method handler = HANDLERS.resolveMethodByThrowable(wrapped);
            if (handler != null && handler.getDeclaringClass() == ErrorMapping.class && handler.getParameterCount() == 1) {
                @SuppressWarnings("unchecked")
                ResponseEntity<Object> answer = (ResponseEntity<Object>) handler.invoke(this, wrapped);
                return answer;
            }
            if (wrapped instanceof ErrorResponse) {
                return handleException(wrapped, request);
            }
        }
        return unexpected(e);
    }

    private static boolean isWrapper(Throwable e) {
        return e instanceof Cache.ValueRetrievalException || e instanceof CompletionException
                || e instanceof ExecutionException;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e) {
        log.error("Unexpected failure", e);
        return answer(null, problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side."), new HttpHeaders());
    }

    /**
     * Every answer of the base class — Spring MVC's exceptions and every {@link ProblemException} — goes
     * through here: logged, and written as problem details whatever the request accepts, since negotiating
     * the error's own format against a bad Accept header would leave the answer empty.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError() && headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
            // A temporary refusal the service chose (not ready yet, busy): part of running, not a failure.
            log.info("Unavailable {}: {}", statusCode.value(), ex.getMessage());
        } else if (statusCode.is5xxServerError()) {
            log.error("Request failed: {}", ex.getMessage(), ex);
        } else {
            log.info("Client error {}: {}", statusCode.value(), ex.getMessage());
        }
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer == null || answer.getBody() == null) {
            return answer;
        }
        if (answer.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            // Spring MVC's own refusals (406, 405, 415, no such path) get a type of the service's, like
            // every other problem, named after their status.
            problem.setType(URI.create(ProblemException.TYPE_BASE + typeOf(statusCode)));
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(answer.getHeaders());
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(answer.getBody(), problemHeaders, answer.getStatusCode());
    }

    /** A problem of this class's own: client errors logged at INFO (server errors are logged by the caller). */
    private static ResponseEntity<Object> answer(Exception clientError, ProblemDetail problem, HttpHeaders headers) {
        if (clientError != null) {
            log.info("Client error {}: {}", problem.getStatus(), problem.getDetail());
        }
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, headers, HttpStatusCode.valueOf(problem.getStatus()));
    }

    private static Map<String, Object> violation(LoadProblem violation) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("focusNode", violation.focusNode());
        fields.put("path", violation.path());
        fields.put("value", violation.value());
        fields.put("shape", violation.sourceShape());
        fields.put("message", violation.message());
        fields.put("graphs", violation.graphs());
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    /** {@code not-acceptable} for 406: the status's reason phrase in lower case, words joined by '-'. */
    static String typeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return ProblemException.problem(status, type, title, detail);
    }
}
