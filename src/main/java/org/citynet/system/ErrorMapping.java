package org.citynet.system;

import java.net.URI;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.citynet.query.InvalidParameterException;
import org.citynet.sparql.QuerySource;
import org.citynet.sparql.QuerySyntaxError;
import org.citynet.sparql.QueryTooLongException;
import org.citynet.sparql.TooManyResultsException;
import org.citynet.sparql.UpdateNotSupportedException;
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

    @ExceptionHandler(TooManyResultsException.class)
    ProblemDetail tooManyResults(TooManyResultsException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "too-many-results", "Too many results",
                e.getMessage());
        problem.setProperty("maxRows", e.maxRows());
        return clientError(problem);
    }

    /** 415 with the body types the endpoint does take for an update body; 400 for an update parameter. */
    @ExceptionHandler(UpdateNotSupportedException.class)
    ResponseEntity<ProblemDetail> updateNotSupported(UpdateNotSupportedException e) {
        HttpStatus status = e.asBody() ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = clientError(problem(status, "update-not-supported", "SPARQL Update not supported",
                e.getMessage()));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.asBody()) {
            response.header(HttpHeaders.ACCEPT, UpdateNotSupportedException.ACCEPTED_BODY_TYPES);
        }
        return response.body(problem);
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
