package org.citynet.web.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A complete answer of the SPARQL endpoint or the Graph Store reads, computed before a byte is sent: its
 * Content-Type (with charset), its bytes, or none for a 304 (Not Modified), and its ETag, or null when it has
 * none (a POST, a query not cached, the cache off). It varies by {@code Accept}. Spring's controllers send it
 * as a {@link ResponseEntity}; the embedded Fuseki writes it to the servlet response. Immutable.
 */
record ProtocolAnswer(MediaType contentType, byte[] body, String etag) {

    boolean notModified() {
        return body == null;
    }

    ResponseEntity<byte[]> toEntity() {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(notModified() ? HttpStatus.NOT_MODIFIED
                : HttpStatus.OK).varyBy(HttpHeaders.ACCEPT);
        if (etag != null) {
            answer.eTag(etag);
        }
        return notModified() ? answer.build() : answer.contentType(contentType).body(body);
    }

    /** Writes status, headers and body; for a HEAD request only status and headers. */
    void writeTo(HttpServletResponse response, boolean head) {
        ResponseEntity<byte[]> entity = toEntity();
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> {
            // Set, then add: Fuseki's response tracker expects each header set once.
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        if (notModified()) {
            return;
        }
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
}
