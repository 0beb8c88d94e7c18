package org.citynet.kernel.bulk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * The streaming structural check of a bulk load, between the parser and Jena's loader: the same layout
 * rules the normal loader enforces ({@link StagingSink}) — every statement in a named graph whose name is
 * an IRI, none in the loader's reserved graphs, no IRI resolved against the file's location — checked
 * statement by statement, so that nothing has to be held in memory. The first broken rule stops the load
 * (the load is then abandoned and leaves no trace, see {@link BulkLoader}); the parser gives no positions
 * to a stream, so the message counts statements instead.
 *
 * <p>Also counts the statements and collects the graph names for the manifest. One instance per load; the
 * current file is set before each file is parsed.
 */
final class BulkSink extends StreamRDFWrapper {

    private final Set<Node> graphs = new HashSet<>();
    private Node lastGraph;
    private String file;
    private long fileStatements;
    private long statements;

    BulkSink(StreamRDF loader) {
        super(loader);
    }

    void startFile(String name) {
        this.file = name;
        this.fileStatements = 0;
    }

    @Override
    public void triple(Triple triple) {
        fileStatements++;
        throw inDefaultGraph(triple);
    }

    @Override
    public void quad(Quad quad) {
        fileStatements++;
        Node graph = quad.getGraph();
        if (graph != lastGraph) {
            checkGraph(quad, graph);
            graphs.add(graph);
            lastGraph = graph;
        }
        checkNotFileIri(quad.getSubject());
        checkNotFileIri(quad.getPredicate());
        checkNotFileIri(quad.getObject());
        statements++;
        super.quad(quad);
    }

    /** Statements passed on to the loader so far, over all files. */
    long statements() {
        return statements;
    }

    /** Names of the graphs written. */
    Set<Node> graphs() {
        return Set.copyOf(graphs);
    }

    private void checkGraph(Quad quad, Node graph) {
        if (quad.isDefaultGraph()) {
            throw inDefaultGraph(quad.asTriple());
        }
        if (!graph.isURI()) {
            throw refuse("statement " + fileStatements + " names graph " + NodeFmtLib.strNT(graph)
                    + ", but graph names must be IRIs");
        }
        if (LoadVocabulary.isReserved(graph)) {
            throw refuse("statement " + fileStatements + " is in named graph " + NodeFmtLib.strNT(graph)
                    + ", which is reserved for the loader");
        }
    }

    private LoadException inDefaultGraph(Triple triple) {
        return refuse("statement " + fileStatements + " is in the default graph (" + NodeFmtLib.str(triple)
                + "); bulk files must put every triple in a named graph");
    }

    // Relative IRIs resolve against the file's own location, which would make the data depend on where it lies.
    private void checkNotFileIri(Node node) {
        if (node.isURI() && node.getURI().startsWith("file:")) {
            throw refuse("statement " + fileStatements + " has IRI " + NodeFmtLib.strNT(node) + ", resolved against"
                    + " the file's location; write absolute IRIs (or declare @base)");
        }
    }

    private LoadException refuse(String message) {
        return new LoadException(List.of(LoadProblem.structure(file, message)));
    }
}
