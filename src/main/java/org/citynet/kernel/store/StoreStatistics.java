package org.citynet.kernel.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What VoID counts over citynet's graphs — the union of its named graphs, a triple in two graphs once — as a
 * store counts it from its own indexes ({@link KnowledgeStore#indexStatistics}).
 *
 * @param triples            distinct triples
 * @param distinctSubjects   distinct subjects
 * @param properties         distinct properties
 * @param distinctObjects    distinct objects
 * @param entities           distinct IRIs that are subjects and start with the URI space asked for
 * @param classEntities      each class (an IRI that is the object of {@code rdf:type}) with its distinct instances
 * @param propertyTriples    each property with its distinct triples
 * @param graphTriples       each named graph with its triples
 * @param links              for each target URI space asked for, in that order, and each property (by IRI): the
 *                           distinct triples whose subject is an IRI in the URI space and whose object an IRI in
 *                           the target's
 */
public record StoreStatistics(long triples, long distinctSubjects, long properties, long distinctObjects,
                              long entities, SortedMap<String, Long> classEntities,
                              SortedMap<String, Long> propertyTriples, SortedMap<String, Long> graphTriples,
                              List<Link> links) {

    /** {@code triples} links with {@code property} into {@code targetSpace}. */
    public record Link(String targetSpace, String property, long triples) {
    }

    public StoreStatistics {
        // Ordered by IRI, as the SPARQL the other stores are asked orders them.
        classEntities = sorted(classEntities);
        propertyTriples = sorted(propertyTriples);
        graphTriples = sorted(graphTriples);
        links = List.copyOf(links);
    }

    private static SortedMap<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
