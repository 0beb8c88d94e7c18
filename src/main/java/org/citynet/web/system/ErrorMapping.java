package org.citynet.web.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.store.ProtectedGraphException;
import org.citynet.kernel.store.QueryTooComplexException;
import org.citynet.kernel.store.StoreBusyException;
import org.citynet.kernel.store.WriteRefusedException;
import org.citynet.web.api.queries.InvalidParameterException;
import org.citynet.web.sparql.MalformedRdfException;
import org.citynet.web.sparql.MalformedUpdateException;
import org.citynet.web.sparql.QuerySource;
import org.citynet.web.sparql.QuerySyntaxError;
import org.citynet.web.sparql.QueryTooLongException;
import org.citynet.web.sparql.TooManyResultsException;
import org.citynet.web.sparql.UpdateNotSupportedException;
import org.citynet.web.sparql.WriteTooLargeException;
import org.citynet.web.system.security.CrossOriginWriteException;
import org.citynet.web.system.security.InvalidApiTokenException;
import org.citynet.web.system.security.RateLimitExceededException;
import org.citynet.web.system.security.WritesDisabledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem details
 * ({@code application/problem+json}). Client errors are logged at INFO without a stack trace, server
 * errors at ERROR with one; clients never see a stack trace or a class name. Spring MVC's own exceptions
 * (unsupported media type, 406, missing parameters, 404 for unknown paths) come through the base class.
 */
@RestControllerAdvice
public class ErrorMapping extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
    private static final String TYPE_BASE = "https://w3id.org/citynet/problems/";

    @ExceptionHandler(QueryParseException.class)
    ProblemDetail malformedQuery(QueryParseException e) {
        QuerySyntaxError error = QuerySyntaxError.of(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-query", "Malformed SPARQL query",
                error.message());
        if (error.hasPosition()) {
            problem.setProperty("line", error.line());
            problem.setProperty("column", error.column());
        }
        return clientError(problem);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return clientError(problem);
    }

    /** The type is set here, not negotiated: the bad part of the request may be its Accept header itself. */
    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(clientError(problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return clientError(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(QueryTooLongException.class)
    ProblemDetail queryTooLong(QueryTooLongException e) {
        HttpStatus status = e.source() == QuerySource.URL ? HttpStatus.URI_TOO_LONG : HttpStatus.CONTENT_TOO_LARGE;
        ProblemDetail problem = problem(status, "query-too-long", "Query too long", e.getMessage());
        problem.setProperty("maxQueryLength", e.maxLength());
        return clientError(problem);
    }

    @ExceptionHandler(QueryTooComplexException.class)
    ProblemDetail queryTooComplex(QueryTooComplexException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "query-too-complex", "Query too complex",
                e.getMessage());
        return clientError(problem);
    }

    @ExceptionHandler(TooManyResultsException.class)
    ProblemDetail tooManyResults(TooManyResultsException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "too-many-results", "Too many results",
                e.getMessage());
        problem.setProperty("maxRows", e.maxRows());
        return clientError(problem);
    }

    /** An update parameter where only a query can be (a GET, or beside a query body). */
    @ExceptionHandler(UpdateNotSupportedException.class)
    ProblemDetail updateNotSupported(UpdateNotSupportedException e) {
        return clientError(problem(HttpStatus.BAD_REQUEST, "update-not-supported", "SPARQL Update not supported",
                e.getMessage()));
    }

    @ExceptionHandler(MalformedUpdateException.class)
    ProblemDetail malformedUpdate(MalformedUpdateException e) {
        QuerySyntaxError error = QuerySyntaxError.of(e.parseError());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-update", "Malformed SPARQL update",
                error.message());
        if (error.hasPosition()) {
            problem.setProperty("line", error.line());
            problem.setProperty("column", error.column());
        }
        return clientError(problem);
    }

    @ExceptionHandler(MalformedRdfException.class)
    ProblemDetail malformedRdf(MalformedRdfException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-rdf", "Malformed RDF", e.getMessage());
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
        }
        if (e.column() > 0) {
            problem.setProperty("column", e.column());
        }
        return clientError(problem);
    }

    @ExceptionHandler(WriteTooLargeException.class)
    ProblemDetail writeTooLarge(WriteTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "write-too-large", "Write too large",
                e.getMessage());
        problem.setProperty("maxBytes", e.maxBytes());
        return clientError(problem);
    }

    /** 422 listing every violation: focus node, path, value, shape, message, graphs. */
    @ExceptionHandler(WriteRefusedException.class)
    ProblemDetail shapeViolations(WriteRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "shape-violation",
                "Write violates the shapes", e.getMessage());
        problem.setProperty("violations", e.violations().stream().map(ErrorMapping::violation).toList());
        return clientError(problem);
    }

    @ExceptionHandler(ProtectedGraphException.class)
    ProblemDetail protectedGraph(ProtectedGraphException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "protected-graph", "Protected graph", e.getMessage());
        problem.setProperty("graphs", e.graphs().keySet());
        return clientError(problem);
    }

    @ExceptionHandler(WritesDisabledException.class)
    ProblemDetail writesDisabled(WritesDisabledException e) {
        return clientError(problem(HttpStatus.FORBIDDEN, "writes-not-enabled", "Writes not enabled", e.getMessage()));
    }

    @ExceptionHandler(CrossOriginWriteException.class)
    ProblemDetail crossOriginWrite(CrossOriginWriteException e) {
        return clientError(problem(HttpStatus.FORBIDDEN, "cross-origin-write", "Cross-origin write refused",
                e.getMessage()));
    }

    /**
     * 401 with a challenge for each way to authenticate (RFC 9110, 11.6.1); a bad API token is named as such
     * (RFC 6750, 3.1). Whether a user exists is never told apart from a wrong password.
     */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        boolean noCredentials = e instanceof InsufficientAuthenticationException
                || e instanceof AuthenticationCredentialsNotFoundException;
        String detail = noCredentials ? "Writes need authentication: HTTP Basic as a configured user, or an API"
                + " token as Authorization: Bearer <token>." : "The credentials sent were not accepted.";
        ProblemDetail problem = clientError(problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                "Authentication required", detail));
        String bearer = e instanceof InvalidApiTokenException ? "Bearer realm=\"citynet\", error=\"invalid_token\""
                : "Bearer realm=\"citynet\"";
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"citynet\", charset=\"UTF-8\"", bearer)
                .body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return clientError(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "The credentials sent do not allow this request."));
    }

    @ExceptionHandler(QueryDeniedException.class)
    ProblemDetail federatedQueryDenied(QueryDeniedException e) {
        // Jena's message names the context symbol that would enable SERVICE: not for clients.
        return clientError(problem(HttpStatus.BAD_REQUEST, "federated-query-not-supported",
                "Federated query not supported", "SERVICE (federated query) is not available here: queries are"
                        + " answered from this knowledge graph only."));
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<ProblemDetail> timeout(QueryCancelledException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out",
                "The query ran longer than this service allows and was stopped. Narrow it (a LIMIT, fewer"
                        + " OPTIONAL patterns) or try again later.");
        log.info("Query stopped by timeout");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem);
    }

    @ExceptionHandler(StoreBusyException.class)
    ResponseEntity<ProblemDetail> busy(StoreBusyException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "store-busy", "Too many queries at once",
                e.getMessage());
        log.info("Query refused: every query slot busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                .body(problem);
    }

    /** Path, parameter or body beyond {@code citynet.limits} (or the form size): 414, 400 or 413. */
    @ExceptionHandler(RequestLimitException.class)
    ResponseEntity<ProblemDetail> requestLimit(RequestLimitException e) {
        ProblemDetail problem = clientError(problem(e.status(), e.type(), e.status().getReasonPhrase(), e.getMessage()));
        if (e.parameter() != null) {
            problem.setProperty("parameter", e.parameter());
        }
        problem.setProperty("limit", e.limit());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The type is set here, not negotiated: a client over its limit gets the reason whatever it accepts. */
    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException e) {
        ProblemDetail problem = clientError(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                e.getMessage()));
        problem.setProperty("retryAfter", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(QueryExceptionHTTP.class)
    ProblemDetail storeUnreachable(QueryExceptionHTTP e) {
        log.error("The remote store failed: {}", e.getMessage(), e);
        return problem(HttpStatus.BAD_GATEWAY, "store-unavailable", "Store unavailable",
                "The SPARQL store behind this service did not answer properly.");
    }

    @ExceptionHandler(JenaException.class)
    ProblemDetail storeFailure(JenaException e) {
        log.error("Store failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "store-failure", "Store failure",
                "The query could not be completed.");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side.");
    }

    /**
     * 406 as problem details whatever the request accepts: the Accept header may be what is wrong (even
     * unparseable), and negotiating the error's own format against it would leave the answer empty.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        ResponseEntity<Object> answer = super.handleHttpMediaTypeNotAcceptable(ex, headers, status, request);
        if (answer == null || answer.getBody() == null) {
            return answer;
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(answer.getHeaders());
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(answer.getBody(), problemHeaders, answer.getStatusCode());
    }

    /** Spring MVC's own exceptions (406, 415, 405, missing parameters): problem details, logged. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed: {}", ex.getMessage(), ex);
        } else {
            log.info("Client error {}: {}", statusCode.value(), ex.getMessage());
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static Map<String, Object> violation(LoadProblem violation) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("focusNode", violation.focusNode());
        fields.put("path", violation.path());
        fields.put("value", violation.value());
        fields.put("shape", violation.sourceShape());
        fields.put("message", violation.message());
        fields.put("graphs", violation.graphs());
        fields.values().removeIf(java.util.Objects::isNull);
        return fields;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail clientError(ProblemDetail problem) {
        log.info("Client error {}: {}", problem.getStatus(), problem.getDetail());
        return problem;
    }
}
