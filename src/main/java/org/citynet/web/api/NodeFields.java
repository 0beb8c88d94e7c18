package org.citynet.web.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;

/**
 * The facts of one node from a {@link FieldTable}: per field, its values in query order, and per IRI value
 * its labels by language. Literal values keep their lexical form, so a date stays at the precision the
 * source gave ("1998", "2016-05", "2005-10-01").
 */
public final class NodeFields {

    /** The field every API query uses for a node's {@code prov:wasDerivedFrom} / {@code dct:source}. */
    public static final String SOURCE = "source";
    /** The field of a node's {@code cn:evidence}: the quotations of its sources that state its facts. */
    public static final String EVIDENCE = "evidence";

    private final String node;
    private final Map<String, Map<Node, Map<String, String>>> fields = new LinkedHashMap<>();

    NodeFields(String node) {
        this.node = node;
    }

    void add(String field, Node value, Node label) {
        if (value == null) {
            return;
        }
        Map<String, String> labels = fields.computeIfAbsent(field, f -> new LinkedHashMap<>())
                .computeIfAbsent(value, v -> new LinkedHashMap<>());
        if (label != null && label.isLiteral()) {
            labels.putIfAbsent(label.getLiteralLanguage(), label.getLiteralLexicalForm());
        }
    }

    /** The node's IRI. */
    public String iri() {
        return node;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The IRI values of a field, in query order. */
    public List<String> iris(String field) {
        List<String> iris = new ArrayList<>();
        values(field).keySet().stream().filter(Node::isURI).forEach(value -> iris.add(value.getURI()));
        return iris;
    }

    /** The labels by language of one IRI value of a field. */
    public Map<String, String> labelsOf(String field, String iri) {
        for (Map.Entry<Node, Map<String, String>> value : values(field).entrySet()) {
            if (value.getKey().isURI() && value.getKey().getURI().equals(iri)) {
                return value.getValue();
            }
        }
        return Map.of();
    }

    /** The lexical form of the field's first literal value. */
    public Optional<String> lexical(String field) {
        return literals(field).stream().map(Node::getLiteralLexicalForm).findFirst();
    }

    /** Language-tagged literal values of a field as language → text (the first per language). */
    public Map<String, String> byLanguage(String field) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        literals(field).forEach(l -> byLanguage.putIfAbsent(l.getLiteralLanguage(), l.getLiteralLexicalForm()));
        return byLanguage;
    }

    /** Every literal value of a field with its language ("" when untagged). */
    public List<Text> texts(String field) {
        // Ordered here, by text and then language, not by the store: stores order language-tagged literals
        // differently (Virtuoso puts a Finnish text after a Swedish one that sorts after it).
        return literals(field).stream().map(l -> new Text(l.getLiteralLexicalForm(), l.getLiteralLanguage()))
                .sorted(Comparator.comparing(Text::text).thenComparing(Text::language)).toList();
    }

    /** The sources of the node's facts ({@value #SOURCE} field). */
    public Set<String> sources() {
        return new TreeSet<>(iris(SOURCE));
    }

    /** The quotations that back the node's facts ({@value #EVIDENCE} field), ordered by IRI. */
    public List<String> evidence() {
        return List.copyOf(new TreeSet<>(iris(EVIDENCE)));
    }

    /** The local names of the field's IRI values ({@code …#party} → {@code party}), in query order. */
    public List<String> localNames(String field) {
        return iris(field).stream().map(NodeFields::localName).distinct().toList();
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private List<Node> literals(String field) {
        return values(field).keySet().stream().filter(Node::isLiteral).toList();
    }

    private Map<Node, Map<String, String>> values(String field) {
        return fields.getOrDefault(field, Map.of());
    }
}
