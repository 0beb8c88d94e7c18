package org.citynet.web.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Size limits checked on arrival, before any controller, security filter or form parser reads the request:
 * <ul>
 *   <li>the path ({@code citynet.limits.max-path-length}): 414, whatever it names — entity IRIs are short;</li>
 *   <li>each URL parameter ({@code citynet.limits.max-parameter-length}): 400 naming it; SPARQL's
 *       {@code query} and {@code update} are left to the endpoint's own limit, which answers 414;</li>
 *   <li>a declared body size: a SPARQL query body ({@code application/sparql-query}) larger than
 *       {@code citynet.sparql.max-query-length} characters could take in UTF-8, and a form larger than Tomcat
 *       would parse ({@code server.tomcat.max-http-form-post-size}), get 413 before a byte of the body is
 *       read. Bodies without a declared length are cut off as they are read (the endpoint and Tomcat).</li>
 * </ul>
 * An unparseable Accept header is refused (400) here too, and so is a {@code format=} or {@code output=} that
 * names no format ({@link FormatParameter}). Only GET and HEAD parameters are looked at here: reading a POST's
 * parameters would parse its form body.
 */
final class RequestLimits extends OncePerRequestFilter {

    private static final int MAX_UTF8_BYTES_PER_CHAR = 4;
    private static final String SPARQL_QUERY = "application/sparql-query";

    private final CitynetProperties.Limits limits;
    private final long maxQueryBytes;
    private final long maxFormBytes;
    private final HandlerExceptionResolver resolver;

    /** @param maxFormBytes Tomcat's form limit; 0 or less for none */
    RequestLimits(CitynetProperties properties, long maxFormBytes, HandlerExceptionResolver resolver) {
        this.limits = properties.limits();
        this.maxQueryBytes = (long) properties.sparql().maxQueryLength() * MAX_UTF8_BYTES_PER_CHAR;
        this.maxFormBytes = maxFormBytes;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            check(request);
        } catch (RequestLimitException | FormatParameter.UnknownFormatException e) {
            resolver.resolveException(request, response, null, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request) throws FormatParameter.UnknownFormatException {
        int pathLength = request.getRequestURI().length();
        if (pathLength > limits.maxPathLength()) {
            throw new RequestLimitException(HttpStatus.URI_TOO_LONG, "path-too-long", "The path is " + pathLength
                    + " characters long; this service answers paths of at most " + limits.maxPathLength() + ".",
                    null, limits.maxPathLength());
        }
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            checkParameters(parameters(request));
            // Once here, the same way everywhere: past this point Spring passes over it when it picks a view
            // or a handler by the format asked for, and some answers would not say what was wrong.
            FormatParameter.resolve(request::getParameterValues);
        }
        checkAccept(request);
        checkBody(request);
    }

    /**
     * An Accept header that is not a list of media types is refused here, once and the same way everywhere:
     * past this point Spring cannot negotiate a format for any answer, error answers included, and would send
     * a bare status without a body.
     */
    private static void checkAccept(HttpServletRequest request) {
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            try {
                MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                String shown = accept.length() > 60 ? accept.substring(0, 60) + "…" : accept;
                throw new RequestLimitException(HttpStatus.BAD_REQUEST, "malformed-accept", "The Accept header is"
                        + " not a list of media types (such as text/turtle, application/json;q=0.9): '" + shown
                        + "'.", null, 0);
            }
        }
    }

    /** Tomcat refuses to decode a broken query string (%zz, invalid UTF-8) by throwing. */
    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (RuntimeException e) {
            throw new RequestLimitException(HttpStatus.BAD_REQUEST, "malformed-parameters", "The URL's parameters"
                    + " cannot be decoded: check its percent-encoding (%XX, UTF-8).", null, 0);
        }
    }

    private void checkParameters(Map<String, String[]> parameters) {
        parameters.forEach((name, values) -> {
            if (name.equals("query") || name.equals("update")) {
                return;
            }
            for (String value : values) {
                if (value.length() > limits.maxParameterLength() || name.length() > limits.maxParameterLength()) {
                    String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
                    throw new RequestLimitException(HttpStatus.BAD_REQUEST, "parameter-too-long", "Parameter '"
                            + shown + "' is longer than the " + limits.maxParameterLength()
                            + " characters accepted.", shown, limits.maxParameterLength());
                }
            }
        });
    }

    private void checkBody(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        MediaType type = contentType(request);
        if (declared <= 0 || type == null || !"POST".equals(request.getMethod())) {
            return;
        }
        if (type.isCompatibleWith(MediaType.parseMediaType(SPARQL_QUERY)) && declared > maxQueryBytes) {
            throw tooLarge("A SPARQL query body of " + declared + " bytes cannot be within the "
                    + maxQueryBytes / MAX_UTF8_BYTES_PER_CHAR + " characters this endpoint accepts.", maxQueryBytes);
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED) && maxFormBytes > 0
                && declared > maxFormBytes) {
            throw tooLarge("A form of " + declared + " bytes is larger than the " + maxFormBytes
                    + " bytes accepted; send a long query or update as an application/sparql-query or"
                    + " application/sparql-update body.", maxFormBytes);
        }
    }

    private static RequestLimitException tooLarge(String detail, long limit) {
        return new RequestLimitException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", detail, null, limit);
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
