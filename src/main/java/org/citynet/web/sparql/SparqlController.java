package org.citynet.web.sparql;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.CitynetProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The public SPARQL 1.1 Protocol query endpoint at {@code /sparql}: GET with {@code query=}, POST of a
 * form with {@code query=}, POST of an {@code application/sparql-query} body; {@code default-graph-uri}
 * and {@code named-graph-uri} choose the dataset; updates to the same path are {@link UpdateController}'s.
 * The answer's format comes from {@code format=}/{@code output=} or {@code Accept} (Spring's content
 * negotiation). GET answers carry an {@code ETag} and are 304 for a current {@code If-None-Match}. It only
 * maps HTTP to a {@link SparqlRequest} and back; {@link SparqlEndpoint} does the work, {@code ErrorMapping}
 * the failures.
 */
@RestController
@RequestMapping("/sparql")
class SparqlController {

    static final String SPARQL_QUERY = "application/sparql-query";

    private final SparqlEndpoint endpoint;
    private final ContentNegotiationManager negotiation;
    private final int maxQueryLength;

    SparqlController(SparqlEndpoint endpoint, ContentNegotiationManager negotiation, CitynetProperties properties) {
        this.endpoint = endpoint;
        this.negotiation = negotiation;
        this.maxQueryLength = properties.sparql().maxQueryLength();
    }

    @GetMapping
    ResponseEntity<byte[]> get(@RequestParam MultiValueMap<String, String> parameters, ServletWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        return answer(SparqlRequest.fromParameters(parameters, QuerySource.URL), web);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(@RequestParam MultiValueMap<String, String> parameters, ServletWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        return answer(SparqlRequest.fromParameters(parameters, QuerySource.BODY), web);
    }

    /** The body is the query; the dataset parameters, if any, are in the URL. */
    @PostMapping(consumes = SPARQL_QUERY)
    ResponseEntity<byte[]> postQuery(@RequestParam MultiValueMap<String, String> urlParameters, ServletWebRequest web)
            throws IOException, HttpMediaTypeNotAcceptableException {
        HttpServletRequest request = web.getRequest();
        String query = QueryBodyReader.read(request.getInputStream(),
                MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE)), maxQueryLength);
        return answer(SparqlRequest.fromBody(query, urlParameters), web);
    }

    /** Null after a 304, which Spring then sends as it is. */
    private ResponseEntity<byte[]> answer(SparqlRequest sparqlRequest, ServletWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        // Added first (beside CORS's Vary: Origin): a 304 and the errors (406) depend on Accept too.
        web.getResponse().addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        SparqlEndpoint.SparqlResponse response = endpoint.answer(sparqlRequest, negotiation.resolveMediaTypes(web),
                web);
        return response.notModified() ? null : ResponseEntity.ok().contentType(response.contentType())
                .body(response.body());
    }
}
