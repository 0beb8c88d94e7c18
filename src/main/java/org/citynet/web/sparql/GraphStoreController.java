package org.citynet.web.sparql;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.citynet.kernel.store.ProtectedGraphException;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.NotFoundException;
import org.citynet.web.system.security.SecurityConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at {@code /sparql/graph}, graphs named by {@code ?graph=<IRI>}
 * or {@code ?default}. GET and HEAD are public: a named graph, or the default graph, which is the union of
 * the named graphs as for queries (at most {@code citynet.sparql.max-rows} triples; 404 for a graph with
 * none). PUT (replace), POST (add) and DELETE are for authenticated writers only (Spring Security lets no
 * other request through) and answer 201 when they created the graph, else 204. The default graph cannot be
 * written, nor can the graphs the loader owns.
 */
@RestController
@RequestMapping("/sparql/graph")
class GraphStoreController {

    private static final Query NAMED_GRAPH = SparqlFiles.load("graphstore", "graph");
    private static final Query DEFAULT_GRAPH = SparqlFiles.load("graphstore", "default-graph");
    private static final Query GRAPH_EXISTS = SparqlFiles.load("graphstore", "graph-exists");

    private final QueryRunner runner;
    private final AnswerCollector collector;
    private final ContentNegotiationManager negotiation;
    private final WriteService writes;
    private final CitynetProperties properties;

    GraphStoreController(QueryRunner runner, ContentNegotiationManager negotiation, WriteService writes,
                         CitynetProperties properties) {
        this.runner = runner;
        this.collector = new AnswerCollector(runner, properties.sparql().timeout(), properties.sparql().maxRows());
        this.negotiation = negotiation;
        this.writes = writes;
        this.properties = properties;
    }

    @GetMapping
    ResponseEntity<byte[]> get(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        GraphTarget target = GraphTarget.fromParameters(parameters);
        Offer format = ContentNegotiation.choose(Formats.GRAPH, negotiation, new ServletWebRequest(request));
        Map<String, Node> bindings = target.isDefault() ? Map.of() : Map.of("graph", target.graph());
        if (!target.isDefault() && !runner.ask(GRAPH_EXISTS, bindings, properties.sparql().timeout())) {
            throw new NotFoundException("There is no graph " + target.describe() + " in the store.");
        }
        QueryAnswer answer;
        try {
            answer = collector.collect(target.isDefault() ? DEFAULT_GRAPH : NAMED_GRAPH, bindings);
        } catch (TooManyResultsException e) {
            throw TooManyResultsException.graph(properties.sparql().maxRows());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        answer.write(format.lang(), body);
        return ResponseEntity.ok().contentType(format.contentType()).varyBy(HttpHeaders.ACCEPT)
                .body(body.toByteArray());
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @PutMapping
    ResponseEntity<Void> put(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                             Principal writer) throws HttpMediaTypeNotSupportedException {
        Node graph = writable(GraphTarget.fromParameters(parameters));
        boolean created = writes.replaceGraph(graph, payload(graph, request, HttpMethod.PUT), name(writer));
        return written(graph, created);
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @PostMapping
    ResponseEntity<Void> post(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                              Principal writer) throws HttpMediaTypeNotSupportedException {
        Node graph = writable(GraphTarget.fromParameters(parameters));
        boolean created = writes.addToGraph(graph, payload(graph, request, HttpMethod.POST), name(writer));
        return written(graph, created);
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @DeleteMapping
    ResponseEntity<Void> delete(@RequestParam MultiValueMap<String, String> parameters, Principal writer) {
        writes.deleteGraph(writable(GraphTarget.fromParameters(parameters)), name(writer));
        return ResponseEntity.noContent().build();
    }

    private static Node writable(GraphTarget target) {
        if (target.isDefault()) {
            throw ProtectedGraphException.defaultGraph();
        }
        return target.graph();
    }

    private Graph payload(Node graph, HttpServletRequest request, HttpMethod method)
            throws HttpMediaTypeNotSupportedException {
        byte[] body = WriteBody.bytes(request, properties.security().maxWriteSize());
        return RdfPayload.parse(body, request.getContentType(), graph.getURI(), method);
    }

    private static ResponseEntity<Void> written(Node graph, boolean created) {
        if (!created) {
            return ResponseEntity.noContent().build();
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null)
                .queryParam(GraphTarget.GRAPH, "{graph}").buildAndExpand(graph.getURI()).encode().toUri();
        return ResponseEntity.created(location).build();
    }

    private static String name(Principal writer) {
        return writer == null ? null : writer.getName();
    }
}
