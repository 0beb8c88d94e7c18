package org.citynet.web.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A complete answer of the SPARQL endpoint or the Graph Store reads, computed before a byte is sent: its
 * Content-Type (with charset) and its bytes, or none for a 304 (Not Modified). What depends on the request
 * rather than the answer is already on the servlet response when it is made: {@code Vary: Accept}
 * ({@link #varyByAccept}) and, for a validated GET, the {@code ETag} and the 304 status that Spring's
 * {@code checkNotModified} sets. Spring's controllers send it as a {@link ResponseEntity}; the embedded
 * Fuseki writes it to the servlet response. Immutable.
 */
record ProtocolAnswer(MediaType contentType, byte[] body) {

    boolean notModified() {
        return body == null;
    }

    ResponseEntity<byte[]> toEntity() {
        return notModified() ? ResponseEntity.status(HttpStatus.NOT_MODIFIED).build()
                : ResponseEntity.ok().contentType(contentType).body(body);
    }

    /** Writes status, Content-Type and body; for a HEAD request only status and headers. */
    void writeTo(HttpServletResponse response, boolean head) {
        if (notModified()) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        // Set, not added: Fuseki's response tracker expects each header set once.
        response.setHeader(HttpHeaders.CONTENT_TYPE, contentType.toString());
        response.setContentLength(body.length);
        if (head) {
            return;
        }
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not send the answer", e);
        }
    }

    /**
     * Adds {@code Accept} to the response's {@code Vary} (beside CORS's {@code Origin}, say): the answer, a 304
     * and a refusal (406) all depend on it. Set when the response has no {@code Vary} yet, since Fuseki's
     * response tracker expects each header set once.
     */
    static void varyByAccept(HttpServletResponse response) {
        boolean there = response.getHeaders(HttpHeaders.VARY).stream().flatMap(vary -> Arrays.stream(vary.split(",")))
                .anyMatch(name -> HttpHeaders.ACCEPT.equalsIgnoreCase(name.strip()));
        if (there) {
            return;
        }
        if (response.containsHeader(HttpHeaders.VARY)) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        } else {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
