package org.citynet.web.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;

/**
 * The answer of a fact-row query, grouped by node: every API query returns {@code ?node ?field ?value
 * ?label} rows (one per fact, and per language of an IRI value's label) so that one query per aspect
 * describes any number of nodes with any number of values without multiplying rows. Immutable once built.
 */
public final class FieldTable {

    private final Map<String, NodeFields> nodes;

    private FieldTable(Map<String, NodeFields> nodes) {
        this.nodes = Collections.unmodifiableMap(nodes);
    }

    static FieldTable of(List<FieldRow> rows) {
        Map<String, NodeFields> nodes = new LinkedHashMap<>();
        for (FieldRow row : rows) {
            String node = key(row.node());
            nodes.computeIfAbsent(node, NodeFields::new).add(row.field(), row.value(), row.label());
        }
        return new FieldTable(nodes);
    }

    /** The nodes, in the order the query gave them. */
    public Collection<NodeFields> nodes() {
        return nodes.values();
    }

    public Optional<NodeFields> node(String iri) {
        return Optional.ofNullable(nodes.get(iri));
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The union of every node's sources. */
    public Set<String> sources() {
        Set<String> sources = new TreeSet<>();
        nodes.values().forEach(node -> sources.addAll(node.sources()));
        return sources;
    }

    /** The union of every node's evidence (quotation IRIs). */
    public Set<String> evidence() {
        Set<String> evidence = new TreeSet<>();
        nodes.values().forEach(node -> evidence.addAll(node.evidence()));
        return evidence;
    }

    static String key(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }
}
