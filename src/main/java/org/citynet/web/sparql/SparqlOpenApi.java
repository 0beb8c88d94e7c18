package org.citynet.web.sparql;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.OpenApiConfiguration;
import org.citynet.web.system.security.SecurityConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The SPARQL endpoints in {@code /openapi.json}: {@code /sparql} (SPARQL 1.1 Protocol: query by GET or POST,
 * update by POST, the Service Description on a GET without a query) and {@code /sparql/graph} (Graph Store
 * Protocol). Their controllers take the protocol's repeatable parameters as one map, which springdoc cannot
 * describe, so the two paths are written here from the protocol — parameters, bodies, the formats of
 * {@link Formats} and {@link RdfPayload}, answers and refusals — and replace what springdoc generated.
 * Springdoc calls it when it first builds the document.
 */
@Component
class SparqlOpenApi implements OpenApiCustomizer {

    private final CitynetProperties.Sparql limits;

    SparqlOpenApi(CitynetProperties properties) {
        this.limits = properties.sparql();
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.path("/sparql", new PathItem().get(query()).post(post()));
        openApi.path("/sparql/graph", new PathItem().get(graphGet()).head(graphHead()).put(graphPut()).post(graphPost())
                .delete(graphDelete()));
    }

    private Operation query() {
        return new Operation()
                .operationId("sparqlQuery")
                .summary("Run a SPARQL query given in the URL, or read the Service Description")
                .description("""
                        SPARQL 1.1 Protocol query via GET. The default graph is the union of all named graphs; \
                        `default-graph-uri` and `named-graph-uri` (or FROM / FROM NAMED) select graphs instead. \
                        SELECT and ASK answer with results (SPARQL JSON by default), CONSTRUCT and DESCRIBE with \
                        a graph (Turtle by default), chosen by `format=` or `output=` (a media type or a name \
                        such as json, xml, csv, tsv, text, turtle, jsonld, nt, rdf), else by `Accept`. Queries up \
                        to %d characters, answers up to %d rows or triples (add a LIMIT and page with OFFSET), %d s \
                        per query. SERVICE is refused. Answers carry an `ETag` (weak when the answer is gzipped; \
                        304 on `If-None-Match`). Without `query`, the answer is the endpoint's SPARQL 1.1 Service \
                        Description (Turtle, JSON-LD, N-Triples, RDF/XML or RDF/JSON); a browser asking for HTML \
                        is sent to the SPARQL editor (303).""".formatted(limits.maxQueryLength(), limits.maxRows(),
                        limits.timeout().toSeconds()))
                .addTagsItem(OpenApiConfiguration.TAG_SPARQL)
                .addParametersItem(new Parameter().in("query").name(SparqlRequest.QUERY).required(false)
                        .description("The SPARQL query; without it, the Service Description")
                        .schema(new StringSchema().maxLength(limits.maxQueryLength())
                                .example("SELECT ?city WHERE { ?city a <https://w3id.org/citynet/ontology#City> }"
                                        + " LIMIT 5")))
                .addParametersItem(graphs(SparqlRequest.DEFAULT_GRAPH_URI, "A graph of the default graph (repeatable)"))
                .addParametersItem(graphs(SparqlRequest.NAMED_GRAPH_URI, "A named graph of the dataset (repeatable)"))
                .addParametersItem(format("format"))
                .addParametersItem(format("output"))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The results, the graph, or the Service"
                                + " Description").content(queryFormats())
                                .addHeaderObject("ETag", new Header().description("Send back in If-None-Match")
                                        .schema(new StringSchema())))
                        .addApiResponse("303", new ApiResponse().description("Without `query`, for a browser (HTML"
                                + " named first in Accept): the SPARQL editor").addHeaderObject("Location", new Header()
                                .description("The SPARQL editor").schema(new StringSchema().format("uri"))))
                        .addApiResponse("304", new ApiResponse().description("The answer is still the one the ETag in"
                                + " If-None-Match names"))
                        .addApiResponse("400", ref(OpenApiConfiguration.BAD_REQUEST))
                        .addApiResponse("414", ref(OpenApiConfiguration.URI_TOO_LONG))
                        .addApiResponse("502", ref(OpenApiConfiguration.BAD_GATEWAY))
                        .addApiResponse("503", ref(OpenApiConfiguration.SERVICE_UNAVAILABLE)));
    }

    private Operation post() {
        Schema<?> form = new ObjectSchema()
                .addProperty(SparqlRequest.QUERY, new StringSchema().description("A SPARQL query"))
                .addProperty(UpdateController.UPDATE, new StringSchema().description("A SPARQL update (writers only)"))
                .addProperty(SparqlRequest.DEFAULT_GRAPH_URI, uris())
                .addProperty(SparqlRequest.NAMED_GRAPH_URI, uris())
                .addProperty(UpdateController.USING_GRAPH_URI, uris())
                .addProperty(UpdateController.USING_NAMED_GRAPH_URI, uris());
        return new Operation()
                .operationId("sparqlPost")
                .summary("Run a SPARQL query or update sent in the body")
                .description("""
                        SPARQL 1.1 Protocol by POST: a query as a form (`query=`) or as an \
                        `application/sparql-query` body, or an update as a form (`update=`) or an \
                        `application/sparql-update` body. Queries are public and answered as by GET (served from \
                        the answer cache too, but without ETag; `format=` and `output=` count in the form or the \
                        URL). Updates need HTTP Basic or an API token and are \
                        off unless writers are configured; each is one transaction, validated against the \
                        knowledge graph's SHACL shapes before it is committed. The dataset parameters of a body \
                        query or update go in the URL.""")
                .addTagsItem(OpenApiConfiguration.TAG_SPARQL)
                .addParametersItem(graphs(SparqlRequest.DEFAULT_GRAPH_URI, "For a query in the body: a graph of the"
                        + " default graph (repeatable)"))
                .addParametersItem(graphs(SparqlRequest.NAMED_GRAPH_URI, "For a query in the body: a named graph"
                        + " (repeatable)"))
                .addParametersItem(graphs(UpdateController.USING_GRAPH_URI, "For an update in the body: a graph of"
                        + " the default graph its WHERE reads (repeatable)"))
                .addParametersItem(graphs(UpdateController.USING_NAMED_GRAPH_URI, "For an update in the body: a named"
                        + " graph its WHERE reads (repeatable)"))
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                                new MediaType().schema(form))
                        .addMediaType(SparqlController.SPARQL_QUERY, new MediaType().schema(new StringSchema()
                                .maxLength(limits.maxQueryLength()).description("A SPARQL query")))
                        .addMediaType(UpdateController.SPARQL_UPDATE, new MediaType().schema(new StringSchema()
                                .description("A SPARQL update (writers only)")))))
                // Queries need no credentials, updates do: the answer to an update without them is 401.
                .security(List.of(new SecurityRequirement(),
                        new SecurityRequirement().addList(SecurityConfiguration.BASIC),
                        new SecurityRequirement().addList(SecurityConfiguration.BEARER)))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("A query's results or graph")
                                .content(queryFormats()))
                        .addApiResponse("204", new ApiResponse().description("The update was applied"))
                        .addApiResponse("400", ref(OpenApiConfiguration.BAD_REQUEST))
                        .addApiResponse("401", ref(OpenApiConfiguration.UNAUTHORIZED))
                        .addApiResponse("403", ref(OpenApiConfiguration.FORBIDDEN))
                        .addApiResponse("413", ref(OpenApiConfiguration.CONTENT_TOO_LARGE))
                        .addApiResponse("409", ref(OpenApiConfiguration.CONFLICT))
                        .addApiResponse("415", ref(OpenApiConfiguration.UNSUPPORTED_MEDIA_TYPE))
                        .addApiResponse("422", ref(OpenApiConfiguration.UNPROCESSABLE_CONTENT))
                        .addApiResponse("502", ref(OpenApiConfiguration.BAD_GATEWAY))
                        .addApiResponse("503", ref(OpenApiConfiguration.SERVICE_UNAVAILABLE)));
    }

    private Operation graphGet() {
        return graphOperation("graphGet", "Read a graph", """
                Graph Store Protocol GET: the triples of the named graph `graph`, or with `default` of the default \
                graph (the union of the named graphs, as for queries), in the format `format=`, `output=` or \
                `Accept` asks for (Turtle by default); at most %d triples.""".formatted(limits.maxRows()))
                .addParametersItem(format("format"))
                .addParametersItem(format("output"))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The graph")
                                .content(formats(Formats.GRAPH, "RDF graph")))
                        .addApiResponse("400", ref(OpenApiConfiguration.BAD_REQUEST))
                        .addApiResponse("404", ref(OpenApiConfiguration.NOT_FOUND))
                        .addApiResponse("502", ref(OpenApiConfiguration.BAD_GATEWAY))
                        .addApiResponse("503", ref(OpenApiConfiguration.SERVICE_UNAVAILABLE)));
    }

    private Operation graphHead() {
        return graphOperation("graphHead", "Check that a graph exists", "Graph Store Protocol HEAD: GET's headers"
                + " without the body.")
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The graph exists"))
                        .addApiResponse("404", new ApiResponse().description("No such graph"))
                        .addApiResponse("503", new ApiResponse().description("The store did not answer in time")));
    }

    private Operation graphPut() {
        return write(graphOperation("graphPut", "Replace a graph", """
                Graph Store Protocol PUT: the graph `graph` becomes the triples of the body (writers only). The \
                default graph, the ontology, the load manifest and every graph loaded from the repository's files \
                are protected. The whole knowledge graph is validated against its SHACL shapes before anything is \
                committed."""), true);
    }

    private Operation graphPost() {
        return write(graphOperation("graphPost", "Add triples to a graph", """
                Graph Store Protocol POST: the triples of the body are added to the graph `graph` (writers only), \
                which is created if it does not exist. Protected graphs and validation as for PUT."""), true);
    }

    private Operation graphDelete() {
        Operation delete = write(graphOperation("graphDelete", "Delete a graph", "Graph Store Protocol DELETE: the"
                + " graph `graph` and its triples are removed (writers only). Protected graphs as for PUT."), false);
        delete.getResponses().remove("201");
        delete.getResponses().addApiResponse("204", new ApiResponse().description("The graph was deleted"))
                .addApiResponse("404", ref(OpenApiConfiguration.NOT_FOUND));
        return delete;
    }

    private static Operation graphOperation(String id, String summary, String description) {
        return new Operation().operationId(id).summary(summary).description(description)
                .addTagsItem(OpenApiConfiguration.TAG_SPARQL)
                .addParametersItem(new Parameter().in("query").name(GraphTarget.GRAPH).required(false)
                        .description("The graph's IRI; give either this or `default`")
                        .schema(new StringSchema().format("uri").example("https://w3id.org/citynet/graph/edits")))
                .addParametersItem(new Parameter().in("query").name(GraphTarget.DEFAULT).required(false)
                        .allowEmptyValue(true).description("The default graph (no value); give either this or `graph`")
                        .schema(new StringSchema().maxLength(0)));
    }

    /** Writers only: the body (for PUT and POST), the security and the answers and refusals of a write. */
    private Operation write(Operation operation, boolean body) {
        if (body) {
            Content content = new Content();
            RdfPayload.MAIN_TYPES.forEach(type -> content.addMediaType(type.toString(),
                    new MediaType().schema(new StringSchema().description("RDF triples"))));
            operation.requestBody(new RequestBody().required(true).content(content));
        }
        ApiResponses responses = new ApiResponses();
        if (body) {
            responses.addApiResponse("201", new ApiResponse().description("The graph was created").addHeaderObject(
                    "Location", new Header().description("The graph's Graph Store address").schema(new StringSchema()
                            .format("uri"))));
            responses.addApiResponse("204", new ApiResponse().description("The graph was changed"));
        }
        responses.addApiResponse("401", ref(OpenApiConfiguration.UNAUTHORIZED))
                .addApiResponse("403", ref(OpenApiConfiguration.FORBIDDEN))
                .addApiResponse("409", ref(OpenApiConfiguration.CONFLICT));
        if (body) {
            responses.addApiResponse("413", ref(OpenApiConfiguration.CONTENT_TOO_LARGE))
                    .addApiResponse("415", ref(OpenApiConfiguration.UNSUPPORTED_MEDIA_TYPE));
        }
        responses.addApiResponse("422", ref(OpenApiConfiguration.UNPROCESSABLE_CONTENT))
                .addApiResponse("503", ref(OpenApiConfiguration.SERVICE_UNAVAILABLE));
        return operation.responses(responses).security(List.of(
                new SecurityRequirement().addList(SecurityConfiguration.BASIC),
                new SecurityRequirement().addList(SecurityConfiguration.BEARER)));
    }

    /** What a query is answered in: the results formats of SELECT and ASK, then the graph syntaxes. */
    private static Content queryFormats() {
        Content content = formats(Formats.SELECT, "SPARQL results");
        formats(Formats.GRAPH, "RDF graph").forEach(content::addMediaType);
        return content;
    }

    private static Content formats(List<Offer> offers, String description) {
        Content content = new Content();
        for (Offer offer : offers) {
            content.addMediaType(offer.mediaType().toString(), new MediaType().schema(new StringSchema()
                    .description(description + ": " + offer.title())));
        }
        return content;
    }

    private static Parameter format(String name) {
        return new Parameter().in("query").name(name).required(false)
                .description("The answer's format, overriding Accept: a media type or a name (json, xml, csv, tsv,"
                        + " text, turtle, jsonld, nt, rdf)")
                .schema(new StringSchema().example("json"));
    }

    private static Parameter graphs(String name, String description) {
        return new Parameter().in("query").name(name).required(false).description(description).explode(true)
                .schema(uris());
    }

    private static Schema<?> uris() {
        return new ArraySchema().items(new StringSchema().format("uri"));
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref(OpenApiConfiguration.RESPONSES + name);
    }
}
