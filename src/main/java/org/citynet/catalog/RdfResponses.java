package org.citynet.catalog;

import java.io.ByteArrayOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.citynet.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Writes a described resource (catalogue, VoID, service description) in the RDF format a request asks
 * for, and knows the public address of the service that relative IRIs are resolved against. Stateless.
 */
final class RdfResponses {

    private RdfResponses() {
    }

    /**
     * The service's public address, ending in '/': scheme, host, port and context path as the client
     * used them, honouring {@code X-Forwarded-*} (Spring's forwarded-header filter has applied them).
     */
    static String publicRoot() {
        String root = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return root.endsWith("/") ? root : root + "/";
    }

    /**
     * The format named by {@code extension} if there is one (an unknown one is not found), else the one
     * {@code Accept} prefers.
     */
    static RdfFormat choose(String extension, HttpServletRequest request, ContentNegotiationManager negotiation)
            throws HttpMediaTypeNotAcceptableException {
        if (extension != null) {
            return RdfFormat.byExtension(extension).orElseThrow(() -> new NotFoundException(
                    "No such format: '." + abbreviate(extension) + "'; use .ttl, .jsonld, .rdf or .nt"));
        }
        return RdfFormat.negotiate(negotiation.resolveMediaTypes(new ServletWebRequest(request)));
    }

    static ResponseEntity<byte[]> write(Model model, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.jenaFormat());
        return ResponseEntity.ok()
                .contentType(format.contentType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(out.toByteArray());
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
