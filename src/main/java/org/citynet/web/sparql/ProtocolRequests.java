package org.citynet.web.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.BadRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * Reads the SPARQL 1.1 Protocol's query operation (2.1) from an HTTP request, whichever server received it
 * (the service's Tomcat at {@code /sparql}, or the embedded Fuseki's Jetty), so that both read it alike:
 * <ul>
 *   <li>GET: the parameters in the URL, and no body (2.1.1): a body is refused, not ignored, since
 *       whatever it says would otherwise be dropped without a word;</li>
 *   <li>POST of a form: {@code query} in the body (2.1.2). A {@code query} or {@code update} in the URL of a
 *       form POST is refused: with an empty body it would be the whole request, and a URL is what a link or
 *       another site's form can make a browser send. The dataset ({@code default-graph-uri},
 *       {@code named-graph-uri}) may be in either, as the W3C tests send it;</li>
 *   <li>POST of an {@code application/sparql-query} body in UTF-8 (2.1.3), the dataset in the URL.</li>
 * </ul>
 * Stateless.
 */
final class ProtocolRequests {

    static final String SPARQL_QUERY = "application/sparql-query";

    private ProtocolRequests() {
    }

    /**
     * @throws HttpMediaTypeNotSupportedException for a POST that is neither a form nor a query body (415)
     * @throws BadRequestException                for a GET with a body, and what {@link SparqlRequest} refuses
     */
    static SparqlRequest query(HttpServletRequest request, int maxQueryLength)
            throws HttpMediaTypeNotSupportedException {
        if (!HttpMethod.POST.matches(request.getMethod())) {
            requireNoBody(request);
            return SparqlRequest.fromParameters(parameters(request), QuerySource.URL);
        }
        MediaType type = contentType(request);
        if (type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            requireInBody(request, SparqlRequest.QUERY, SparqlRequest.UPDATE);
            return SparqlRequest.fromParameters(parameters(request), QuerySource.BODY);
        }
        if (type != null && MediaType.parseMediaType(SPARQL_QUERY).isCompatibleWith(type)) {
            String query = QueryBodyReader.read(input(request), type, maxQueryLength);
            return SparqlRequest.fromBody(query, parameters(request));
        }
        throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.parseMediaType(SPARQL_QUERY)), HttpMethod.POST);
    }

    /**
     * Refuses a GET (or HEAD) that carries a body: one with a positive Content-Length, or a chunked one
     * whose first chunk holds a byte.
     */
    static void requireNoBody(HttpServletRequest request) {
        boolean body = request.getContentLengthLong() > 0;
        if (!body && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            try (InputStream in = request.getInputStream()) {
                body = in.read() != -1;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the request body", e);
            }
        }
        if (body) {
            throw new BadRequestException("A " + request.getMethod() + " request carries no body (SPARQL 1.1"
                    + " Protocol 2.1.1): send the query in the URL's query parameter, or POST it as a form or as an"
                    + " application/sparql-query body.");
        }
    }

    /**
     * Refuses a form POST that carries any of {@code names} in its URL rather than its body (the SPARQL 1.1
     * Protocol puts every parameter of a form POST in the body; the dataset parameters are let through).
     */
    static void requireInBody(HttpServletRequest request, String... names) {
        Set<String> inUrl = urlParameterNames(request);
        for (String name : names) {
            if (inUrl.contains(name)) {
                throw new BadRequestException("'" + name + "' is in the URL of a form POST; a form POST carries it"
                        + " in its body (" + name + "=… as application/x-www-form-urlencoded).");
            }
        }
    }

    /** The names of the parameters in the URL's query string only, never the form body's. */
    static Set<String> urlParameterNames(HttpServletRequest request) {
        String query = request.getQueryString();
        Set<String> names = new HashSet<>();
        if (query == null || query.isEmpty()) {
            return names;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            try {
                names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // A broken escape: the servlet container refuses the parameters on its own; keep the name as is.
                names.add(name);
            }
        }
        return names;
    }

    private static MultiValueMap<String, String> parameters(HttpServletRequest request) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.addAll(name, List.of(values)));
        return parameters;
    }

    private static MediaType contentType(HttpServletRequest request) {
        String header = request.getContentType();
        try {
            MediaType type = header == null ? null : MediaType.parseMediaType(header);
            // A wildcard would be "compatible" with every type; it names no body type at all.
            return type == null || type.isWildcardType() || type.isWildcardSubtype() ? null : type;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static InputStream input(HttpServletRequest request) {
        try {
            return request.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }
}
