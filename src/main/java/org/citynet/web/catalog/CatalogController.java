package org.citynet.web.catalog;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.OpenApiConfiguration;
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
@Tag(name = OpenApiConfiguration.TAG_CATALOGUE)
@ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
@ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
class CatalogController {

    private static final String EXTENSION = "The format: ttl, jsonld, rdf or nt (overrides Accept)";

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

    @Operation(operationId = "getCatalog", summary = "Read the DCAT-AP catalogue",
            description = "The DCAT-AP 3 catalogue: the dataset, its dumps (with SHA-256 checksums) and the SPARQL"
                    + " endpoint as a data service, with licence, publisher, themes, spatial and temporal coverage and"
                    + " sources. Links use the address the client used. The format follows the extension, else"
                    + " Accept (Turtle by default).",
            responses = @ApiResponse(responseCode = "200", description = "The catalogue", content = {
                    @Content(mediaType = "text/turtle", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
                    @Content(mediaType = "application/rdf+xml", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/n-triples", schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "404", description = "An unknown extension (on /catalog.{extension})",
            ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping({"/catalog", "/catalog.{extension}"})
    ResponseEntity<byte[]> catalog(@Parameter(description = EXTENSION, schema = @Schema(allowableValues = {"ttl",
                                           "jsonld", "rdf", "nt"})) @PathVariable(required = false) String extension,
                                   HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        // The format first: a request that cannot be answered should not wait for a dump.
        RdfFormat format = RdfResponses.choose(extension, request, negotiation);
        DumpSet current = dumps.current();
        return RdfResponses.write(DcatCatalog.build(RdfResponses.publicRoot(), properties, data.summary(), current),
                format);
    }

    @Operation(operationId = "getVoid", summary = "Read the VoID description",
            description = "The VoID description of the dataset: triples, entities, classes, properties, partitions,"
                    + " vocabularies, linksets, the SPARQL endpoint and the dumps, all counted in the store. The"
                    + " format follows the extension, else Accept (Turtle by default).",
            responses = @ApiResponse(responseCode = "200", description = "The VoID description", content = {
                    @Content(mediaType = "text/turtle", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
                    @Content(mediaType = "application/rdf+xml", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/n-triples", schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "404", description = "An unknown extension (on /.well-known/void.{extension})",
            ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping({"/.well-known/void", "/.well-known/void.{extension}"})
    ResponseEntity<byte[]> voidDescription(@Parameter(description = EXTENSION, schema = @Schema(allowableValues = {
                                                   "ttl", "jsonld", "rdf", "nt"}))
                                           @PathVariable(required = false) String extension,
                                           HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        RdfFormat format = RdfResponses.choose(extension, request, negotiation);
        return RdfResponses.write(VoidDescription.build(RdfResponses.publicRoot(), properties.base(),
                data.summary().statistics()), format);
    }
}
