package org.citynet.kernel.rdf;

import static org.citynet.kernel.rdf.Vocabulary.GRAPH_BASE;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;

/**
 * The graph names the loader writes, built on the citynet {@link Vocabulary}. The load manifest's
 * properties and class are terms of the ontology ({@link CN}: {@code cn:contentHash}, {@code cn:loadedAt},
 * {@code cn:tripleCount}, {@code cn:loadedGraph}, {@code cn:LoadManifest}), of PROV-O and of Dublin Core;
 * see {@code org.citynet.kernel.load.Manifest}.
 *
 * <p>The ontology graph and the load graph belong to the loader; data files may not write into them.
 */
public final class LoadVocabulary {

    /** Prefix of the graph names given to Turtle/N-Triples data files: the basename is appended. */
    public static final String FILE_GRAPH_BASE = GRAPH_BASE + "file/";

    public static final Node ONTOLOGY_GRAPH = iri(GRAPH_BASE + "ontology");
    public static final Node LOAD_GRAPH = iri(GRAPH_BASE + "load");
    public static final Node MANIFEST = iri(GRAPH_BASE + "load#manifest");

    /**
     * The graph where a store shared by several service processes keeps the version of its data: one node,
     * {@link #VERSION}, whose {@link #STAMP} every write through the service changes in the same request
     * (see {@code org.citynet.kernel.store.StoreVersion}). Written on remote stores only; never published.
     */
    public static final Node VERSION_GRAPH = iri(GRAPH_BASE + "version");
    public static final Node VERSION = iri(GRAPH_BASE + "version#current");
    /** {@code owl:versionInfo}: the stamp, a new random value with every write. */
    public static final Node STAMP = OWL2.versionInfo.asNode();
    /** {@code dct:modified}: when the stamp last changed. */
    public static final Node MODIFIED = DCTerms.modified.asNode();
    /** {@code dct:hasPart}: each graph the service wrote other than the loaded ones, so exports can name it. */
    public static final Node WRITTEN_GRAPH = DCTerms.hasPart.asNode();

    private LoadVocabulary() {
    }

    /** The graph a Turtle/N-Triples data file without graph names is loaded into. */
    public static Node fileGraph(String basename) {
        return iri(FILE_GRAPH_BASE + basename);
    }

    /** True for the graphs only the loader (and, for the version, the store itself) may write. */
    public static boolean isReserved(Node graph) {
        return ONTOLOGY_GRAPH.equals(graph) || LOAD_GRAPH.equals(graph) || VERSION_GRAPH.equals(graph);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
