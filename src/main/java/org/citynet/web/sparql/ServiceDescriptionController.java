package org.citynet.web.sparql;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Graph;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /sparql} without {@code query} (or {@code update}): the SPARQL Service Description, or, for a
 * browser, the SPARQL editor. Requests with a query belong to the SPARQL endpoint; this mapping only takes
 * those without one.
 *
 * <p>A browser is told by its {@code Accept}: {@code text/html} (or XHTML) named first, ahead of any RDF
 * type, as every browser sends it. It gets 303 to {@code /sparql/editor}. A client that accepts anything
 * ({@code *}{@code /*}, curl's default) or names an RDF type first still gets the description: harvesters
 * and SPARQL clients read it from this very URL, and so does a browser that names a format with
 * {@code format=} or {@code output=}, which override {@code Accept}.
 */
@RestController
class ServiceDescriptionController {

    static final String EDITOR = "/sparql/editor";

    private final ServiceDescription description;

    ServiceDescriptionController(ServiceDescription description) {
        this.description = description;
    }

    @GetMapping(value = "/sparql", params = {"!query", "!update"})
    ResponseEntity<Graph> describe(HttpServletRequest request, NativeWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        ProtocolRequests.requireNoBody(request);
        if (!asksForFormat(request) && isBrowser(request.getHeader(HttpHeaders.ACCEPT))) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).varyBy(HttpHeaders.ACCEPT)
                    .location(ServletUriComponentsBuilder.fromContextPath(request).path(EDITOR).build().toUri())
                    .build();
        }
        return description.respond(web);
    }

    /** {@code format=} or {@code output=}, which override {@code Accept}: a browser asking so gets the RDF. */
    private static boolean asksForFormat(HttpServletRequest request) {
        return request.getParameter("format") != null || request.getParameter("output") != null;
    }

    /** Whether the most wanted type of {@code accept} is HTML: named explicitly, not through a wildcard. */
    static boolean isBrowser(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        if (types.isEmpty()) {
            return false;
        }
        // A stable sort: among equal qualities the order the client wrote decides.
        MediaType first = types.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .findFirst().orElseThrow();
        return first.getQualityValue() > 0 && (MediaType.TEXT_HTML.equalsTypeAndSubtype(first)
                || MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(first));
    }
}
