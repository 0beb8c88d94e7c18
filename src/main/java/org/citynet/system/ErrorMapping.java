package org.citynet.system;

import java.net.URI;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.citynet.query.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-query", "Malformed SPARQL query",
                e.getMessage());
        if (e.getLine() > 0) {
            problem.setProperty("line", e.getLine());
            problem.setProperty("column", e.getColumn());
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

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<ProblemDetail> timeout(QueryCancelledException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out",
                "The query ran longer than this service allows and was stopped. Narrow it (a LIMIT, fewer"
                        + " OPTIONAL patterns) or try again later.");
        log.info("Query stopped by timeout");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem);
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
