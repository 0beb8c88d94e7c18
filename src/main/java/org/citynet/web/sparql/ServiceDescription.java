package org.citynet.web.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.citynet.kernel.rdf.Vocabularies.SD;
import org.citynet.web.catalog.CatalogSummaries;
import org.citynet.web.catalog.Statistics;
import org.citynet.web.catalog.Templates;
import org.citynet.web.catalog.VoidDescription;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.security.WriteAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The SPARQL 1.1 Service Description of the endpoint at {@code /sparql}: what {@code GET /sparql}
 * answers when it carries no query. It says what this server does now: the static part (query languages,
 * result formats, features) is {@code catalog/service-description.ttl}; with writes on
 * ({@link WriteAccess}) {@code service-description-updates.ttl} adds SPARQL 1.1 Update and the syntaxes the
 * Graph Store takes, with writes off {@code service-description-read-only.ttl} says so; the default
 * dataset (the union default graph and every named graph, with their sizes) is counted in the store.
 */
@Component
class ServiceDescription {

    private final CatalogSummaries summaries;
    private final ContentNegotiationManager negotiation;
    private final boolean writable;

    ServiceDescription(CatalogSummaries summaries, ContentNegotiationManager negotiation, WriteAccess writes) {
        this.summaries = summaries;
        this.negotiation = negotiation;
        this.writable = writes.enabled();
    }

    /**
     * The description in the graph syntax the request asks for ({@code format=}, {@code Accept}; Turtle by
     * default), written by the RDF message converter.
     *
     * @throws HttpMediaTypeNotAcceptableException if it accepts no graph syntax (answered with 406)
     */
    ResponseEntity<Graph> respond(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        Offer format = ContentNegotiation.choose(Formats.GRAPH, negotiation, request);
        return ResponseEntity.ok().contentType(format.contentType()).varyBy(HttpHeaders.ACCEPT)
                .body(build(Templates.publicRoot(), summaries.forRequest().statistics(), writable).getGraph());
    }

    /** @param writable whether this server takes SPARQL updates and Graph Store writes */
    static Model build(String root, Statistics statistics, boolean writable) {
        Model model = Templates.parse("service-description", root);
        model.add(Templates.parse(writable ? "service-description-updates" : "service-description-read-only", root));
        Resource defaultGraph = model.createResource(root + "sparql#default-graph")
                .addProperty(RDF.type, SD.Graph)
                .addProperty(RDFS.comment, "The union of all named graphs.", "en")
                .addLiteral(VOID.triples, VoidDescription.integer(model, statistics.triples()));
        Resource dataset = model.createResource(root + "sparql#dataset")
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, defaultGraph);
        for (Statistics.Count graph : statistics.graphs()) {
            dataset.addProperty(SD.namedGraph, model.createResource()
                    .addProperty(RDF.type, SD.NamedGraph)
                    .addProperty(SD.name, model.createResource(graph.iri()))
                    .addProperty(SD.graph, model.createResource()
                            .addProperty(RDF.type, SD.Graph)
                            .addLiteral(VOID.triples, VoidDescription.integer(model, graph.count()))));
        }
        model.createResource(root + "sparql#service").addProperty(SD.defaultDataset, dataset);
        return model;
    }
}
