package org.citynet.kernel.load;

import static org.citynet.kernel.rdf.LoadVocabulary.MANIFEST;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.rdf.Vocabularies.PROV;

/**
 * Writes and reads the load manifest: one node in the load graph recording the content hash, the load
 * time, the triple count, every graph the load wrote and, for a bulk load, the files it read. The next
 * load drops the graphs listed here that it no longer has; graphs never listed are not the loader's and
 * are left alone.
 *
 * <p>The load graph also says where the loader's own graphs come from, as the sources graph does for the
 * data graphs, so that every named graph names its origin ({@code prov:wasDerivedFrom}, an origin with a
 * {@code dct:title}): the ontology graph is derived from the ontology its files declare (each
 * {@code owl:Ontology}; the load itself if they declare none), the load graph from the load it records —
 * the manifest, typed {@code cn:LoadManifest} — as the sources graph is derived from the curation it
 * describes.
 */
public final class Manifest {

    private static final Node CONTENT_HASH = CN.contentHash.asNode();
    private static final Node LOADED_AT = CN.loadedAt.asNode();
    private static final Node TRIPLE_COUNT = CN.tripleCount.asNode();
    private static final Node LOADED_GRAPH = CN.loadedGraph.asNode();
    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();

    /**
     * {@code dct:source}: on the manifest of a bulk load, the name of each file it read. A load of the
     * repository's files records none, so its presence says the store holds a dataset of its own (e.g.
     * generated data) that start-up must reuse rather than replace with the repository's files.
     */
    private static final Node LOADED_FROM = DCTerms.source.asNode();

    private Manifest() {
    }

    /** The title of the manifest, the origin of the load graph. */
    static final String TITLE = "The last load of this store by the citynet loader";

    public static Graph describe(LoadPlan plan) {
        return describe(plan.contentHash(), plan.loadedAt(), plan.tripleCount(), plan.graphs().keySet(), List.of(),
                plan.graphs().get(LoadVocabulary.ONTOLOGY_GRAPH));
    }

    /**
     * The manifest of any load.
     *
     * @param loadedFrom names of the files a bulk load read; empty for a load of the repository's files
     * @param ontology   the ontology graph the load writes (its {@code owl:Ontology} nodes are its origin);
     *                   null if it writes none
     */
    public static Graph describe(String contentHash, Instant loadedAt, long tripleCount, Collection<Node> graphs,
            List<String> loadedFrom, Graph ontology) {
        Graph manifest = GraphFactory.createDefaultGraph();
        manifest.getPrefixMapping().setNsPrefix("cn", CN.NS);
        manifest.add(MANIFEST, RDF.type.asNode(), CN.LoadManifest.asNode());
        manifest.add(MANIFEST, DCTerms.title.asNode(), NodeFactory.createLiteralLang(TITLE, "en"));
        manifest.add(LoadVocabulary.LOAD_GRAPH, DERIVED_FROM, MANIFEST);
        if (ontology != null) {
            List<Node> declared = Iter.asStream(ontology.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()))
                    .map(Triple::getSubject).filter(Node::isURI).distinct()
                    .sorted(Comparator.comparing(Node::getURI)).toList();
            for (Node origin : declared.isEmpty() ? List.of(MANIFEST) : declared) {
                manifest.add(LoadVocabulary.ONTOLOGY_GRAPH, DERIVED_FROM, origin);
            }
        }
        manifest.add(MANIFEST, CONTENT_HASH, NodeFactory.createLiteralDT(contentHash, XSDDatatype.XSDstring));
        String time = loadedAt.truncatedTo(ChronoUnit.MILLIS).toString();
        manifest.add(MANIFEST, LOADED_AT, NodeFactory.createLiteralDT(time, XSDDatatype.XSDdateTime));
        String triples = Long.toString(tripleCount);
        manifest.add(MANIFEST, TRIPLE_COUNT, NodeFactory.createLiteralDT(triples, XSDDatatype.XSDinteger));
        graphs.forEach(graph -> manifest.add(MANIFEST, LOADED_GRAPH, graph));
        loadedFrom.forEach(file -> manifest.add(MANIFEST, LOADED_FROM,
                NodeFactory.createLiteralDT(file, XSDDatatype.XSDstring)));
        return manifest;
    }

    /** True if the manifest records a bulk load (files named with {@code dct:source}). */
    public static boolean isBulk(Graph loadGraph) {
        return loadGraph.contains(MANIFEST, LOADED_FROM, Node.ANY);
    }

    /** The recorded load, or empty if the graph holds no manifest (no content hash). */
    public static Optional<LoadRecord> read(Graph loadGraph) {
        return Optional.ofNullable(literal(loadGraph, CONTENT_HASH))
                .map(hash -> LoadRecord.of(hash, literal(loadGraph, LOADED_AT), literal(loadGraph, TRIPLE_COUNT)));
    }

    private static String literal(Graph loadGraph, Node property) {
        return Iter.asStream(loadGraph.find(MANIFEST, property, Node.ANY))
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst()
                .orElse(null);
    }

    /** The graphs the recorded load wrote; empty if there is no manifest. */
    public static Set<Node> loadedGraphs(Graph loadGraph) {
        return Iter.asStream(loadGraph.find(MANIFEST, LOADED_GRAPH, Node.ANY))
                .map(Triple::getObject)
                .filter(Node::isURI)
                .collect(Collectors.toSet());
    }
}
