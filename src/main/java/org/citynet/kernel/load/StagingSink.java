package org.citynet.kernel.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * Receives one file's triples and quads from the parser and puts them into the staging dataset, enforcing
 * where they may go: default-graph triples go to a fixed graph, or are refused (TriG/N-Quads data must
 * name a graph for every triple); named graphs must be IRIs and not the loader's reserved graphs; no IRI
 * may have been resolved against the file's location.
 * Statements that break a rule are counted and reported once per file rather than once per triple.
 */
final class StagingSink extends StreamRDFBase {

    private final DatasetGraph staging;
    private final Node defaultGraphTarget;
    private final boolean namedGraphsAllowed;
    private final PrefixMapping prefixes;
    private final Map<Node, Long> refusedGraphs = new LinkedHashMap<>();
    private long defaultGraphTriples;
    private Triple firstDefaultGraphTriple;
    private Node firstFileIri;

    /**
     * @param defaultGraphTarget graph for triples outside any named graph; null refuses such triples
     * @param namedGraphsAllowed whether the file may name graphs itself
     */
    StagingSink(DatasetGraph staging, Node defaultGraphTarget, boolean namedGraphsAllowed,
            PrefixMapping prefixes) {
        this.staging = staging;
        this.defaultGraphTarget = defaultGraphTarget;
        this.namedGraphsAllowed = namedGraphsAllowed;
        this.prefixes = prefixes;
    }

    @Override
    public void triple(Triple triple) {
        noteFileIris(triple);
        inDefaultGraph(triple);
    }

    @Override
    public void quad(Quad quad) {
        noteFileIris(quad.asTriple());
        if (quad.isTriple() || quad.isDefaultGraph()) {
            inDefaultGraph(quad.asTriple());
        } else if (!namedGraphsAllowed || !quad.getGraph().isURI() || LoadVocabulary.isReserved(quad.getGraph())) {
            refusedGraphs.merge(quad.getGraph(), 1L, Long::sum);
        } else {
            staging.add(quad);
        }
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.setNsPrefix(prefix, iri);
    }

    /** The layout rules this file broke, as problems naming the file. */
    List<LoadProblem> problems(String file) {
        List<LoadProblem> problems = new ArrayList<>();
        if (defaultGraphTriples > 0) {
            problems.add(LoadProblem.structure(file, defaultGraphTriples + " triple(s) in the default graph"
                    + " (first: " + NodeFmtLib.str(firstDefaultGraphTriple) + "); data files must put every"
                    + " triple in a named graph"));
        }
        if (firstFileIri != null) {
            problems.add(LoadProblem.structure(file, "IRI " + NodeFmtLib.strNT(firstFileIri) + " was resolved"
                    + " against the file's location; write absolute IRIs (or declare @base)"));
        }
        refusedGraphs.forEach((graph, count) ->
                problems.add(LoadProblem.structure(file, count + " triple(s) in named graph "
                        + NodeFmtLib.strNT(graph) + ", " + whyRefused(graph))));
        return problems;
    }

    // Relative IRIs resolve against the file's own file: IRI, which would make the data depend on where the
    // checkout lies; they are almost always a missing prefix or @base.
    private void noteFileIris(Triple triple) {
        if (firstFileIri == null) {
            Stream.of(triple.getSubject(), triple.getPredicate(), triple.getObject())
                    .filter(node -> node.isURI() && node.getURI().startsWith("file:"))
                    .findFirst()
                    .ifPresent(node -> firstFileIri = node);
        }
    }

    private void inDefaultGraph(Triple triple) {
        if (defaultGraphTarget != null) {
            staging.add(defaultGraphTarget, triple.getSubject(), triple.getPredicate(), triple.getObject());
            return;
        }
        if (defaultGraphTriples++ == 0) {
            firstDefaultGraphTriple = triple;
        }
    }

    private String whyRefused(Node graph) {
        if (!namedGraphsAllowed) {
            return "but ontology and shapes files must not name graphs";
        }
        if (!graph.isURI()) {
            return "but graph names must be IRIs";
        }
        return "which is reserved for the loader";
    }
}
