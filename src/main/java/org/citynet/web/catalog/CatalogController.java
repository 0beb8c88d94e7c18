package org.citynet.web.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.apache.jena.graph.Graph;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.OpenApiConfiguration;
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
@Tag(name = OpenApiConfiguration.TAG_CATALOGUE)
@ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
@ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
class CatalogController {

    private static final String EXTENSION = "The format: ttl, jsonld, nt, rdf or rj (overrides format= and Accept)";

    private final CatalogSummaries summaries;
    private final Dumps dumps;
    private final CitynetProperties properties;
    private final ContentNegotiationManager negotiation;

    CatalogController(CatalogSummaries summaries, Dumps dumps, CitynetProperties properties,
                      ContentNegotiationManager negotiation) {
        this.summaries = summaries;
        this.dumps = dumps;
        this.properties = properties;
        this.negotiation = negotiation;
    }

    @Operation(operationId = "getCatalog", summary = "Read the DCAT-AP catalogue",
            description = "The DCAT-AP 3 catalogue: the dataset, its dumps (with SHA-256 checksums) and the SPARQL"
                    + " endpoint as a data service, with licence, publisher, themes, spatial and temporal coverage and"
                    + " sources. Links use the address the client used. The format follows the extension, else"
                    + " format=, else Accept (Turtle by default).",
            responses = @ApiResponse(responseCode = "200", description = "The catalogue", content = {
                    @Content(mediaType = "text/turtle", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
                    @Content(mediaType = "application/rdf+xml", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/n-triples", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/rdf+json", schema = @Schema(type = "object"))}))
    @ApiResponse(responseCode = "404", description = "An unknown extension (on /catalog.{extension})",
            ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping({"/catalog", "/catalog.{extension}"})
    ResponseEntity<Graph> catalog(@Parameter(description = EXTENSION, schema = @Schema(allowableValues = {"ttl",
                                          "jsonld", "nt", "rdf", "rj"}))
                                  @PathVariable(required = false) String extension,
                                  NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        // The format first: a request that cannot be answered should not wait for a dump.
        Offer format = ContentNegotiation.choose(Formats.GRAPH, extension, negotiation, request);
        DumpSet current = dumps.forRequest();
        return answer(DcatCatalog.build(Templates.publicRoot(), properties, summaries.forRequest(), current).getGraph(),
                format);
    }

    @Operation(operationId = "getVoid", summary = "Read the VoID description",
            description = "The VoID description of the dataset: triples, entities, classes, properties, partitions,"
                    + " vocabularies, linksets, the SPARQL endpoint and the dumps, all counted in the store. The"
                    + " format follows the extension, else format=, else Accept (Turtle by default).",
            responses = @ApiResponse(responseCode = "200", description = "The VoID description", content = {
                    @Content(mediaType = "text/turtle", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
                    @Content(mediaType = "application/rdf+xml", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/n-triples", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/rdf+json", schema = @Schema(type = "object"))}))
    @ApiResponse(responseCode = "404", description = "An unknown extension (on /.well-known/void.{extension})",
            ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping({"/.well-known/void", "/.well-known/void.{extension}"})
    ResponseEntity<Graph> voidDescription(@Parameter(description = EXTENSION, schema = @Schema(allowableValues = {
                                                  "ttl", "jsonld", "nt", "rdf", "rj"}))
                                          @PathVariable(required = false) String extension,
                                          NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        Offer format = ContentNegotiation.choose(Formats.GRAPH, extension, negotiation, request);
        return answer(VoidDescription.build(Templates.publicRoot(), properties.base(), summaries.forRequest().statistics())
                .getGraph(), format);
    }

    /** A described resource in the chosen syntax. */
    static ResponseEntity<Graph> answer(Graph description, Offer format) {
        return ResponseEntity.ok().contentType(format.contentType()).varyBy(HttpHeaders.ACCEPT).body(description);
    }
}
