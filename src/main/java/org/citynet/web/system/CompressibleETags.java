package org.citynet.web.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

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
        Tagged tagged = new Tagged(request, response);
        chain.doFilter(request, tagged);
        tagged.settle();
    }

    /** Tomcat's test: a gzip entry in Accept-Encoding, whatever its weight. */
    static boolean acceptsGzip(HttpServletRequest request) {
        return Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING)).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(entry -> entry.split(";")[0].strip().toLowerCase(Locale.ROOT)).anyMatch("gzip"::equals);
    }

    /** Settles the tag and {@code Vary} once, just before the body is written or the answer ends. */
    private final class Tagged extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private long length = -1;
        private boolean settled;

        Tagged(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            this.length = length;
            super.setContentLengthLong(length);
        }

        @Override
        public void setHeader(String name, String value) {
            remember(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            remember(name, value);
            super.addHeader(name, value);
        }

        private void remember(String name, String value) {
            if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && value != null) {
                length = Long.parseLong(value.strip());
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            settle();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            settle();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            settle();
            super.flushBuffer();
        }

        void settle() {
            if (settled || isCommitted()) {
                return;
            }
            settled = true;
            String etag = getHeader(HttpHeaders.ETAG);
            boolean strong = etag != null && !etag.startsWith("W/");
            if (getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
                if (strong && String.valueOf(request.getHeader(HttpHeaders.IF_NONE_MATCH)).contains("W/" + etag)) {
                    super.setHeader(HttpHeaders.ETAG, "W/" + etag);
                    addVary();
                }
                return;
            }
            if (!compressible(getContentType())) {
                return;
            }
            addVary();
            if (strong && acceptsGzip(request) && (length < 0 || length >= minSize)) {
                super.setHeader(HttpHeaders.ETAG, "W/" + etag);
            }
        }

        private void addVary() {
            boolean present = getHeaders(HttpHeaders.VARY).stream().flatMap(v -> Arrays.stream(v.split(",")))
                    .anyMatch(field -> field.strip().equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING));
            if (!present) {
                super.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            }
        }

        private boolean compressible(String contentType) {
            return contentType != null && Arrays.stream(mimeTypes).anyMatch(contentType::startsWith);
        }
    }
}
