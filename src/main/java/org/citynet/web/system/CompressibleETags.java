package org.citynet.web.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Tomcat compress answers that carry an entity tag. Spring Boot's {@code server.compression} is Tomcat's,
 * and Tomcat never gzips an answer with a strong {@code ETag} (RFC 9110 §8.8.3: a strong tag names the exact
 * bytes, which change with the content coding, and Tomcat cannot change the tag), so every tagged answer —
 * entity documents, the ontology, SPARQL GETs, the REST API — went uncompressed. For a request that accepts
 * gzip, a tagged answer Tomcat would compress (its type in {@code server.compression.mime-types}, its length
 * unknown or at least {@code min-response-size}) gets the weak form of its tag, {@code W/"…"}: the same
 * validator, now saying that the bytes may differ by their coding. Such a client sends it back and gets 304
 * (weak comparison, as {@code If-None-Match} uses); a client that does not accept gzip keeps the strong tag.
 * A 304 gets the weak form when the client's own copy was tagged so. Every answer of a compressible type says
 * {@code Vary: Accept-Encoding}, compressed or not (Tomcat says so only when it gets past the tag). Stateless.
 */
final class CompressibleETags extends OncePerRequestFilter {

    private final String[] mimeTypes;
    private final long minSize;

    CompressibleETags(String[] mimeTypes, long minSize) {
        this.mimeTypes = mimeTypes.clone();
        this.minSize = minSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BeforeBodyResponse tagged = new BeforeBodyResponse(response, answer -> settle(request, answer));
        chain.doFilter(request, tagged);
        tagged.finish();
    }

    /** Tomcat's test: a gzip entry in Accept-Encoding, whatever its weight. */
    static boolean acceptsGzip(HttpServletRequest request) {
        return Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING)).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(entry -> entry.split(";")[0].strip().toLowerCase(Locale.ROOT)).anyMatch("gzip"::equals);
    }

    private void settle(HttpServletRequest request, BeforeBodyResponse answer) {
        String etag = answer.getHeader(HttpHeaders.ETAG);
        boolean strong = etag != null && !etag.startsWith("W/");
        if (answer.getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
            if (strong && String.valueOf(request.getHeader(HttpHeaders.IF_NONE_MATCH)).contains("W/" + etag)) {
                answer.setHeader(HttpHeaders.ETAG, "W/" + etag);
                addVary(answer);
            }
            return;
        }
        String type = answer.getContentType();
        if (type == null || Arrays.stream(mimeTypes).noneMatch(type::startsWith)) {
            return;
        }
        addVary(answer);
        if (strong && acceptsGzip(request) && (answer.length() < 0 || answer.length() >= minSize)) {
            answer.setHeader(HttpHeaders.ETAG, "W/" + etag);
        }
    }

    /** Into the one Vary header handlers set, so that a client reading one line reads them all. */
    private static void addVary(HttpServletResponse answer) {
        List<String> fields = new ArrayList<>();
        answer.getHeaders(HttpHeaders.VARY).forEach(header -> Arrays.stream(header.split(",")).map(String::strip)
                .filter(field -> !field.isEmpty()).forEach(fields::add));
        if (fields.stream().noneMatch(field -> field.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING) || field.equals("*"))) {
            fields.add(HttpHeaders.ACCEPT_ENCODING);
            answer.setHeader(HttpHeaders.VARY, String.join(", ", fields));
        }
    }
}
