package org.citynet.web.catalog;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.RdfFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DCAT-AP catalogue ({@code /catalog}) and the VoID description ({@code /.well-known/void}) for
 * harvesters, in Turtle, JSON-LD, RDF/XML or N-Triples, chosen by {@code Accept} or by an extension
 * ({@code .ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt}).
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
    ResponseEntity<byte[]> catalog(@PathVariable(required = false) String extension, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        // The format first: a request that cannot be answered should not wait for a dump.
        RdfFormat format = RdfResponses.choose(extension, request, negotiation);
        DumpSet current = dumps.current();
        return RdfResponses.write(DcatCatalog.build(RdfResponses.publicRoot(), properties, data.summary(), current),
                format);
    }

    @GetMapping({"/.well-known/void", "/.well-known/void.{extension}"})
    ResponseEntity<byte[]> voidDescription(@PathVariable(required = false) String extension,
                                           HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        RdfFormat format = RdfResponses.choose(extension, request, negotiation);
        return RdfResponses.write(VoidDescription.build(RdfResponses.publicRoot(), properties.base(),
                data.summary().statistics()), format);
    }
}
