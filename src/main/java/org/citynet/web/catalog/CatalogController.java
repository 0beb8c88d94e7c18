package org.citynet.web.catalog;

import org.apache.jena.graph.Graph;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The DCAT-AP catalogue ({@code /catalog}) and the VoID description ({@code /.well-known/void}) for
 * harvesters, in any of the {@link Formats#GRAPH} syntaxes (Turtle, JSON-LD, N-Triples, RDF/XML, RDF/JSON),
 * chosen by an extension ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}, {@code .rj}),
 * {@code format=} or {@code Accept}; the RDF message converter writes them.
 */
@RestController
class CatalogController {

    private final CatalogData data;
    private final Dumps dumps;
    private final CitynetProperties properties;
    private final ContentNegotiationManager negotiation;

    CatalogController(CatalogData data, Dumps dumps, CitynetProperties properties,
                      ContentNegotiationManager negotiation) {
        this.data = data;
        this.dumps = dumps;
        this.properties = properties;
        this.negotiation = negotiation;
    }

    @GetMapping({"/catalog", "/catalog.{extension}"})
    ResponseEntity<Graph> catalog(@PathVariable(required = false) String extension, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        // The format first: a request that cannot be answered should not wait for a dump.
        Offer format = ContentNegotiation.choose(Formats.GRAPH, extension, negotiation, request);
        DumpSet current = dumps.current();
        return answer(DcatCatalog.build(Templates.publicRoot(), properties, data.summary(), current).getGraph(),
                format);
    }

    @GetMapping({"/.well-known/void", "/.well-known/void.{extension}"})
    ResponseEntity<Graph> voidDescription(@PathVariable(required = false) String extension, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        Offer format = ContentNegotiation.choose(Formats.GRAPH, extension, negotiation, request);
        return answer(VoidDescription.build(Templates.publicRoot(), properties.base(), data.summary().statistics())
                .getGraph(), format);
    }

    /** A described resource in the chosen syntax. */
    static ResponseEntity<Graph> answer(Graph description, Offer format) {
        return ResponseEntity.ok().contentType(format.contentType()).varyBy(HttpHeaders.ACCEPT).body(description);
    }
}
