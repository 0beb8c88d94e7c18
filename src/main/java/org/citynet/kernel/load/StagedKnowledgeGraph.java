package org.citynet.kernel.load;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The parsed, not yet validated knowledge graph, held in memory apart from any store.
 *
 * @param files       where it was read from
 * @param dataset     the ontology graph and every data graph, all named; the default graph is empty
 * @param shapes      the SHACL shapes, kept out of the dataset because they are not loaded
 * @param prefixes    every prefix declared in the files, for readable messages
 * @param contentHash hash of exactly the bytes that were parsed (see {@link KnowledgeGraphFiles#contentHash()})
 */
public record StagedKnowledgeGraph(KnowledgeGraphFiles files, DatasetGraph dataset, Graph shapes,
        PrefixMapping prefixes, String contentHash) {

    /** Names of the graphs to load, sorted by IRI. */
    public List<Node> graphNames() {
        return Iter.asStream(dataset.listGraphNodes()).sorted(Comparator.comparing(Node::getURI)).toList();
    }

    /** Triples over all graphs to load. */
    public long tripleCount() {
        return graphNames().stream().mapToLong(name -> dataset.getGraph(name).size()).sum();
    }
}
