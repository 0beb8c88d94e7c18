package org.citynet.web.catalog;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.NotFoundException;
import org.citynet.web.system.RdfFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Writes a described resource (catalogue, VoID, service description) in the RDF format a request asks
 * for, chosen by a file extension ({@code /catalog.ttl}) or by {@code Accept} among {@link #FORMATS}, and
 * knows the public address of the service that relative IRIs are resolved against. Stateless.
 */
public final class RdfResponses {

    /** What these documents are offered in; Turtle is the default. */
    static final List<RdfFormat> FORMATS = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.RDFXML,
            RdfFormat.NTRIPLES);

    private RdfResponses() {
    }

    /**
     * The service's public address, ending in '/': scheme, host, port and context path as the client
     * used them, honouring {@code X-Forwarded-*} (Spring's forwarded-header filter has applied them).
     */
    public static String publicRoot() {
        String root = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return root.endsWith("/") ? root : root + "/";
    }

    /**
     * The format named by {@code extension} if there is one (an unknown one is not found), else the one
     * {@code Accept} prefers.
     */
    public static RdfFormat choose(String extension, HttpServletRequest request, ContentNegotiationManager negotiation)
            throws HttpMediaTypeNotAcceptableException {
        if (extension != null) {
            return byExtension(extension).orElseThrow(() -> new NotFoundException(
                    "No such format: '." + abbreviate(extension) + "'; use .ttl, .jsonld, .rdf or .nt"));
        }
        return negotiate(negotiation.resolveMediaTypes(new ServletWebRequest(request)));
    }

    static Optional<RdfFormat> byExtension(String extension) {
        return RdfFormat.byExtension(extension).filter(FORMATS::contains);
    }

    /** The best of {@link #FORMATS} for the accepted media ranges; none at all means Turtle. */
    static RdfFormat negotiate(List<MediaType> accepted) throws HttpMediaTypeNotAcceptableException {
        return ContentNegotiation.choose(FORMATS, RdfResponses::mediaTypes, accepted);
    }

    public static ResponseEntity<byte[]> write(Model model, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.rdfFormat());
        return ResponseEntity.ok()
                .contentType(format.contentType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(out.toByteArray());
    }

    /**
     * Generic XML is not taken for RDF/XML here: with a browser's {@code application/xml;q=0.9} these
     * documents would come as RDF/XML rather than Turtle.
     */
    private static List<MediaType> mediaTypes(RdfFormat format) {
        return format == RdfFormat.RDFXML ? List.of(format.mediaType()) : format.mediaTypes();
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
