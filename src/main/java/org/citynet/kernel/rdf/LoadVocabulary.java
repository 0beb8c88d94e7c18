package org.citynet.kernel.rdf;

import static org.citynet.kernel.rdf.Vocabulary.GRAPH_BASE;
import static org.citynet.kernel.rdf.Vocabulary.NS;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs the loader writes, built on the citynet {@link Vocabulary}: the reserved graph names and the
 * load-manifest properties.
 *
 * <p>The ontology graph and the load graph belong to the loader; data files may not write into them.
 */
public final class LoadVocabulary {

    /** Prefix of the graph names given to Turtle/N-Triples data files: the basename is appended. */
    public static final String FILE_GRAPH_BASE = GRAPH_BASE + "file/";

    public static final Node ONTOLOGY_GRAPH = iri(GRAPH_BASE + "ontology");
    public static final Node LOAD_GRAPH = iri(GRAPH_BASE + "load");
    public static final Node MANIFEST = iri(GRAPH_BASE + "load#manifest");

    public static final Node CONTENT_HASH = iri(NS + "contentHash");
    public static final Node LOADED_AT = iri(NS + "loadedAt");
    public static final Node LOADED_GRAPH = iri(NS + "loadedGraph");
    public static final Node TRIPLE_COUNT = iri(NS + "tripleCount");
    /** The class of the manifest: the record of a load, and the origin of the load graph. */
    public static final Node LOAD_MANIFEST = iri(NS + "LoadManifest");
    /** {@code prov:wasDerivedFrom}: what the loader's own graphs say they come from. */
    public static final Node DERIVED_FROM = iri("http://www.w3.org/ns/prov#wasDerivedFrom");

    /**
     * {@code dct:source}: on the manifest of a bulk load, the name of each file it read. A load of the
     * repository's files records none, so its presence says the store holds a dataset of its own (e.g.
     * generated data) that start-up must reuse rather than replace with the repository's files.
     */
    public static final Node LOADED_FROM = iri("http://purl.org/dc/terms/source");

    private LoadVocabulary() {
    }

    /** The graph a Turtle/N-Triples data file without graph names is loaded into. */
    public static Node fileGraph(String basename) {
        return iri(FILE_GRAPH_BASE + basename);
    }

    /** True for the graphs only the loader itself may write. */
    public static boolean isReserved(Node graph) {
        return ONTOLOGY_GRAPH.equals(graph) || LOAD_GRAPH.equals(graph);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
