package org.citynet.web.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Graph Store Protocol reads, {@code GET ?graph=<IRI>} or {@code ?default}: a named graph, or the default
 * graph, which is the union of the named graphs as for queries (at most {@code citynet.sparql.max-rows}
 * triples; 404 for a named graph with none). Run as clients' queries, with their time limit and their share of
 * the slots; answered for {@code /sparql/graph} and for the embedded Fuseki's Graph Store endpoints alike.
 * Thread-safe.
 */
@Service
class GraphReads {

    private static final Query NAMED_GRAPH = SparqlFiles.load("graphstore", "graph");
    private static final Query DEFAULT_GRAPH = SparqlFiles.load("graphstore", "default-graph");
    private static final Query GRAPH_EXISTS = SparqlFiles.load("graphstore", "graph-exists");

    private final AnswerCollector clientQueries;
    private final ContentNegotiationManager negotiation;
    private final int maxRows;

    GraphReads(AnswerCollector clientQueries, ContentNegotiationManager negotiation, CitynetProperties properties) {
        this.clientQueries = clientQueries;
        this.negotiation = negotiation;
        this.maxRows = properties.sparql().maxRows();
    }

    /**
     * @throws NotFoundException                   if the named graph has no triple
     * @throws TooManyResultsException             if it has more than the row cap
     * @throws HttpMediaTypeNotAcceptableException if no graph format is acceptable ({@code format=},
     *                                             {@code output=} or {@code Accept}, as for queries)
     */
    ProtocolAnswer read(HttpServletRequest request, HttpServletResponse response)
            throws HttpMediaTypeNotAcceptableException {
        ProtocolAnswer.varyByAccept(response);
        ProtocolRequests.requireNoBody(request);
        GraphTarget target = GraphTarget.fromParameters(parameters(request));
        Offer format = ContentNegotiation.choose(Formats.GRAPH, negotiation, new ServletWebRequest(request));
        Map<String, Node> bindings = target.isDefault() ? Map.of() : Map.of("graph", target.graph());
        if (!target.isDefault() && !clientQueries.ask(GRAPH_EXISTS, bindings)) {
            throw new NotFoundException("There is no graph " + target.describe() + " in the store.");
        }
        QueryAnswer answer;
        try {
            answer = clientQueries.collect(target.isDefault() ? DEFAULT_GRAPH : NAMED_GRAPH, bindings);
        } catch (TooManyResultsException e) {
            throw TooManyResultsException.graph(maxRows);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        answer.write(format.lang(), body);
        return new ProtocolAnswer(format.contentType(), body.toByteArray());
    }

    private static MultiValueMap<String, String> parameters(HttpServletRequest request) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.addAll(name, List.of(values)));
        return parameters;
    }
}
