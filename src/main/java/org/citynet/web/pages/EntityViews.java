package org.citynet.web.pages;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.citynet.web.linkeddata.Description;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.linkeddata.Prefixes;
import org.citynet.web.pages.EntityView.Alternate;
import org.citynet.web.pages.EntityView.Citation;
import org.citynet.web.pages.EntityView.Link;
import org.citynet.web.pages.EntityView.Row;
import org.citynet.web.pages.EntityView.Value;
import org.citynet.web.system.Formats;

/**
 * Turns a {@link Description} into the {@link EntityView} of its HTML page for one reader: names in the
 * reader's language (the description's own labels, then the ontology's term labels, then the end of the
 * IRI), statements grouped by property and sorted by name, and each value citing the numbered graphs that
 * state it. Stateless; the per-page work happens in {@link #build}.
 */
public class EntityViews {

    private static final List<String> FIRST = List.of(RDF.type.getURI(), SKOS.prefLabel.getURI(),
            SKOS.altLabel.getURI());

    private final TermLabels terms;
    private final Prefixes prefixes;
    private final SourceViews sources;

    public EntityViews(TermLabels terms, Prefixes prefixes, IriMapping iris) {
        this.terms = terms;
        this.prefixes = prefixes;
        this.sources = new SourceViews(iris);
    }

    /**
     * @param localPath the page's path without extension, e.g. {@code /id/city/espoo}, for the RDF links
     */
    public EntityView build(Description description, PageContext page, String localPath) {
        Graph all = description.quads().getUnionGraph();
        Node subject = description.subject();
        Naming naming = new Naming(all, page);
        Map<Node, Map<Node, SortedSet<String>>> outgoing = new LinkedHashMap<>();
        Map<Node, Map<Node, SortedSet<String>>> incoming = new LinkedHashMap<>();
        description.quads().find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> add(outgoing, q, q.getObject()));
        description.quads().find(Node.ANY, Node.ANY, Node.ANY, subject).forEachRemaining(q -> add(incoming, q, q.getSubject()));
        SortedSet<String> graphs = new TreeSet<>();
        outgoing.values().forEach(values -> values.values().forEach(graphs::addAll));
        incoming.values().forEach(values -> values.values().forEach(graphs::addAll));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        // Source documents (and the curation) first, then the ontology, metadata and load graphs.
        graphs.stream().sorted(Comparator.comparing((String g) -> !sources.hasDocument(all, g)))
                .forEach(g -> numbers.put(g, numbers.size() + 1));

        Named title = naming.name(subject);
        List<Link> types = naming.byText(all.find(subject, RDF.type.asNode(), Node.ANY)
                .mapWith(t -> naming.link(t.getObject())).toList(), Link::text);
        return new EntityView(subject.getURI(), title.text(), title.lang(), types,
                rows(outgoing, naming, numbers), rows(incoming, naming, numbers),
                sources.of(numbers, subject, all, naming, page), alternates(page, localPath));
    }

    private static void add(Map<Node, Map<Node, SortedSet<String>>> rows, Quad quad, Node value) {
        rows.computeIfAbsent(quad.getPredicate(), p -> new LinkedHashMap<>())
                .computeIfAbsent(value, v -> new TreeSet<>()).add(quad.getGraph().getURI());
    }

    private List<Row> rows(Map<Node, Map<Node, SortedSet<String>>> byProperty, Naming naming,
                           Map<String, Integer> numbers) {
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((property, values) -> {
            List<Value> shown = new ArrayList<>();
            values.forEach((node, graphs) -> shown.add(naming.value(node, graphs.stream()
                    .map(g -> new Citation(numbers.get(g), "source-" + numbers.get(g))).toList())));
            rows.add(new Row(naming.property(property), naming.byText(shown, Value::text)));
        });
        return naming.byText(rows, row -> row.property().text()).stream()
                .sorted(Comparator.comparingInt(row -> rank(row.property()))).toList();
    }

    private static int rank(Link property) {
        int index = FIRST.indexOf(property.href());
        return index < 0 ? FIRST.size() : index;
    }

    private static List<Alternate> alternates(PageContext page, String localPath) {
        return Formats.DOCUMENT.stream().filter(f -> !f.isHtml())
                .map(f -> new Alternate(page.contextPath() + localPath + "." + f.extension(), f.mediaType().toString(),
                        f.title()))
                .toList();
    }

    /** Names and links for one page: the description's own labels first, then the ontology's. */
    final class Naming {

        private final Graph all;
        private final PageContext page;
        private final Collator collator;

        Naming(Graph all, PageContext page) {
            this.all = all;
            this.page = page;
            this.collator = Collator.getInstance(Locale.forLanguageTag(page.language()));
        }

        /**
         * The items in the page language's alphabetical order of their text, the order kept for equal texts. Each
         * text's collation key is made once: a collator compares by decomposing both texts again every time, and
         * sorting the hundreds of values linked to a city took 2 to 12 % of its page's time at 10,000 cities.
         */
        <T> List<T> byText(List<T> items, Function<T, String> text) {
            record Keyed<T>(CollationKey key, T item) { }
            return items.stream().map(item -> new Keyed<>(collator.getCollationKey(text.apply(item)), item))
                    .sorted(Comparator.comparing(Keyed::key)).map(Keyed::item).toList();
        }

        Named name(Node node) {
            if (!node.isURI()) {
                return new Named(node.toString(), "");
            }
            Map<String, String> names = Labels.in(all, node);
            Optional<Named> picked = Named.pick(page.preference(), names.isEmpty() ? terms.of(node.getURI()) : names);
            return picked.orElseGet(() -> new Named(Labels.lastSegment(node.getURI()), ""));
        }

        Link link(Node node) {
            Named name = name(node);
            String href = node.isURI() ? page.href(node.getURI()) : null;
            return new Link(href, name.text(), name.lang(), node.isURI() && page.external(node.getURI()));
        }

        /** A property by its term label; RDF's and our own as links, the rest to their vocabularies. */
        Link property(Node property) {
            String iri = property.getURI();
            Optional<Named> label = Named.pick(page.preference(), terms.of(iri));
            Named name = label.orElseGet(() -> new Named(prefixes.shorten(iri), ""));
            return new Link(page.href(iri), name.text(), name.lang(), page.external(iri));
        }

        Value value(Node node, List<Citation> citations) {
            if (node.isLiteral()) {
                String datatype = node.getLiteralLanguage().isEmpty() ? prefixes.shorten(node.getLiteralDatatypeURI()) : "";
                return new Value(null, node.getLiteralLexicalForm(), node.getLiteralLanguage(),
                        datatype.equals("xsd:string") ? "" : datatype, citations);
            }
            Link link = link(node);
            return new Value(link, link.text(), link.lang(), "", citations);
        }
    }
}
