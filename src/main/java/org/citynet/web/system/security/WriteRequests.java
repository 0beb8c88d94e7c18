package org.citynet.web.system.security;

import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests are writes, and so need authentication: every request with a method other than GET,
 * HEAD, OPTIONS or TRACE, except a SPARQL query POSTed to {@code /sparql}. Deciding by exclusion is the
 * point: an unsafe method on any path, including one added later, needs authentication unless it is known
 * to be a read.
 *
 * <p>A POST to {@code /sparql} is an update when its body is {@code application/sparql-update} or when it
 * is a form with an {@code update} field (SPARQL 1.1 Protocol, 2.2); any other POST there is a query or
 * something the endpoint refuses on its own (415), and stays public. Reading the form field makes Tomcat
 * parse the form body, which the controller would do anyway. Error dispatches are not writes: they render
 * the answer to a request that has already been through the chain.
 */
final class WriteRequests implements RequestMatcher {

    static final String SPARQL_PATH = "/sparql";
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String UPDATE_FIELD = "update";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR || SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if ("POST".equals(request.getMethod()) && SPARQL_PATH.equals(path(request))) {
            return isUpdate(request);
        }
        return true;
    }

    private static boolean isUpdate(HttpServletRequest request) {
        MediaType type = contentType(request);
        if (type == null) {
            return false;
        }
        if (type.isCompatibleWith(MediaType.parseMediaType(SPARQL_UPDATE))) {
            return true;
        }
        return type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
                && request.getParameter(UPDATE_FIELD) != null;
    }

    private static MediaType contentType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            // A wildcard would be "compatible" with everything; it names no body type at all.
            return type.isWildcardType() || type.isWildcardSubtype() ? null : type;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    /** The path within the application, without the context path. */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public String toString() {
        return "WriteRequests[unsafe methods, except SPARQL queries POSTed to /sparql]";
    }
}
