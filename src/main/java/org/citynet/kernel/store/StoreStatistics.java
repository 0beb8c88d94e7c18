package org.citynet.kernel.store;

import java.util.Collections;
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
 */
public record StoreStatistics(long triples, long distinctSubjects, long properties, long distinctObjects,
                              long entities, SortedMap<String, Long> classEntities,
                              SortedMap<String, Long> propertyTriples, SortedMap<String, Long> graphTriples) {

    public StoreStatistics {
        // Ordered by IRI, as the SPARQL the other stores are asked orders them.
        classEntities = sorted(classEntities);
        propertyTriples = sorted(propertyTriples);
        graphTriples = sorted(graphTriples);
    }

    private static SortedMap<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
