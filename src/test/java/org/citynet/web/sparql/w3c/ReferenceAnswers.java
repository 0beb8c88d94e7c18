package org.citynet.web.sparql.w3c;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.citynet.web.sparql.w3c.ProtocolManifest.Call;
import org.citynet.web.sparql.w3c.ProtocolManifest.ProtocolTest;

/**
 * What a query of the manifest should answer, computed apart from the service: the test's data files in an
 * in-memory dataset (each as the named graph its label names), the protocol's {@code default-graph-uri} and
 * {@code named-graph-uri} applied as SPARQL 1.1 Protocol 2.1.4 says, and the query run by Jena there with
 * the service's base IRI for relative IRIs. Test helper.
 */
final class ReferenceAnswers {

    private final DatasetGraph data = DatasetGraphFactory.createTxnMem();
    private final String base;

    /** @param base the IRI the service resolves a query's relative IRIs against */
    ReferenceAnswers(ProtocolTest test, String base) {
        this.base = base;
        for (ProtocolManifest.GraphData graph : test.graphData()) {
            Graph parsed = RDFParser.source(resource(graph.file())).lang(Lang.NTRIPLES).toGraph();
            data.addGraph(NodeFactory.createURI(graph.graph()), parsed);
        }
    }

    /** The query a call sends: in the URL, in a form body, or as the body. */
    static String queryText(Call call) {
        String type = call.header("content-type");
        if (type != null && type.startsWith("application/sparql-query")) {
            return call.body();
        }
        String fromUrl = parameters(query(call.pathAndQuery()), "query").stream().findFirst().orElse(null);
        return fromUrl != null ? fromUrl : parameters(call.body(), "query").stream().findFirst().orElse(null);
    }

    Query parse(Call call) {
        return QueryFactory.create(queryText(call), base, Syntax.syntaxSPARQL_11);
    }

    RowSetRewindable select(Call call) {
        try (QueryExec exec = exec(call)) {
            return exec.select().rewindable();
        }
    }

    boolean ask(Call call) {
        try (QueryExec exec = exec(call)) {
            return exec.ask();
        }
    }

    Graph graph(Call call) {
        try (QueryExec exec = exec(call)) {
            Query query = exec.getQuery();
            return query.isDescribeType() ? exec.describe() : exec.construct();
        }
    }

    private QueryExec exec(Call call) {
        Query query = parse(call);
        List<Node> defaults = graphs(call, "default-graph-uri");
        List<Node> named = graphs(call, "named-graph-uri");
        if (defaults.isEmpty() && named.isEmpty()) {
            query.getGraphURIs().forEach(iri -> defaults.add(NodeFactory.createURI(iri)));
            query.getNamedGraphURIs().forEach(iri -> named.add(NodeFactory.createURI(iri)));
        }
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();
        // No dataset named anywhere: the service's default graph is the union of its named graphs.
        DatasetGraph dataset = defaults.isEmpty() && named.isEmpty()
                ? DynamicDatasets.dynamicDataset(List.of(), listGraphs(), data, true)
                : DynamicDatasets.dynamicDataset(defaults, named, data, false);
        return QueryExec.dataset(dataset).query(query).build();
    }

    private List<Node> listGraphs() {
        List<Node> graphs = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(graphs::add);
        return graphs;
    }

    private static List<Node> graphs(Call call, String parameter) {
        List<Node> graphs = new ArrayList<>();
        parameters(query(call.pathAndQuery()), parameter).forEach(iri -> graphs.add(NodeFactory.createURI(iri)));
        String type = call.header("content-type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            parameters(call.body(), parameter).forEach(iri -> graphs.add(NodeFactory.createURI(iri)));
        }
        return graphs;
    }

    static String query(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        return question < 0 ? "" : pathAndQuery.substring(question + 1);
    }

    /** The decoded values of one parameter of a URL-encoded string. */
    static List<String> parameters(String encoded, String name) {
        List<String> values = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            if (URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
                values.add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    static InputStream resource(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        InputStream in = ReferenceAnswers.class.getClassLoader().getResourceAsStream("w3c/protocol/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing data file w3c/protocol/" + name);
        }
        return in;
    }
}
