package org.citynet.web.catalog;

import java.util.List;

/**
 * The numbers VoID, the service description and the catalogue publish, all counted in the store.
 *
 * @param triples          distinct triples of the union default graph
 * @param entities         described IRIs in the dataset's URI space
 * @param classPartitions  each class with its number of distinct instances
 * @param propertyPartitions each property with its number of triples
 * @param graphs           each named graph with its number of triples
 * @param links            links from this dataset's URI space into another dataset's
 */
public record Statistics(long triples, long distinctSubjects, long properties, long distinctObjects, long entities,
                  List<Count> classPartitions, List<Count> propertyPartitions, List<Count> graphs,
                  List<Link> links) {

    /** An IRI (class, property or graph) and how often it counts. */
    public record Count(String iri, long count) {
    }

    /** {@code triples} links with {@code property} into the URI space {@code targetSpace}. */
    record Link(String targetSpace, String property, long triples) {
    }

    long classes() {
        return classPartitions.size();
    }

    /** Quads in all named graphs: what a dump holds. */
    long quads() {
        return graphs.stream().mapToLong(Count::count).sum();
    }
}
