package org.citynet.kernel.rdf;

/**
 * The citynet IRIs the Java code names that are not terms of an ontology: the base the data files write
 * their IRIs under, the prefix of the graph names, and the few entities (concepts of the data's schemes)
 * the code tells apart. The ontology's terms ({@code cn:}) are {@link CN}, generated from
 * {@code ontology/citynet.ttl} at build time; other vocabularies' terms are Jena's classes and
 * {@link Vocabularies}; the loader's own graph names are in {@link LoadVocabulary}. The queries name the
 * rest in their {@code .rq} files. The service may publish the data under another address
 * ({@code citynet.base-iri}); these are the IRIs as the data holds them.
 */
public final class Vocabulary {

    /** The base of every IRI in the data files. */
    public static final String BASE = "https://w3id.org/citynet/";

    /** Prefix of every graph name. */
    public static final String GRAPH_BASE = BASE + "graph/";

    /** The validity status of an agreement the source presents as replaced by a later one. */
    public static final String SUPERSEDED = BASE + "id/validity-status/superseded";

    private Vocabulary() {
    }
}
