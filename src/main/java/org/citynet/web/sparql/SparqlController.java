package org.citynet.web.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public SPARQL 1.1 Protocol query endpoint at {@code /sparql} (and {@code /sparql/}, which the
 * trailing-slash filter of {@link SparqlConfiguration} makes the same): GET with {@code query=}, POST of a
 * form with {@code query=}, POST of an {@code application/sparql-query} body; {@code default-graph-uri} and
 * {@code named-graph-uri} choose the dataset; updates to the same path are {@link UpdateController}'s. The
 * answer's format comes from {@code format=}/{@code output=} or {@code Accept} (Spring's content
 * negotiation). GET answers carry an {@code ETag} and are 304 for a current {@code If-None-Match}. It only
 * routes: {@link SparqlEndpoint} reads the request and answers it, as it does for the embedded Fuseki;
 * {@code ErrorMapping} writes the failures.
 */
@RestController
@RequestMapping("/sparql")
class SparqlController {

    static final String SPARQL_QUERY = ProtocolRequests.SPARQL_QUERY;

    private final SparqlEndpoint endpoint;

    SparqlController(SparqlEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** A GET without {@code query} or {@code update} is the service description's. */
    @GetMapping
    ResponseEntity<byte[]> get(HttpServletRequest request, HttpServletResponse response)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        return endpoint.answer(request, response).toEntity();
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(HttpServletRequest request, HttpServletResponse response)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        return endpoint.answer(request, response).toEntity();
    }

    /** The body is the query; the dataset parameters, if any, are in the URL. */
    @PostMapping(consumes = SPARQL_QUERY)
    ResponseEntity<byte[]> postQuery(HttpServletRequest request, HttpServletResponse response)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        return endpoint.answer(request, response).toEntity();
    }
}
