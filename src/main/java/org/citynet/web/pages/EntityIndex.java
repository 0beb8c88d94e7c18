package org.citynet.web.pages;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.pages.EntityView.Link;
import org.citynet.web.pages.IndexView.Section;
import org.citynet.web.system.NotFoundException;

/**
 * The index pages: which classes (or which concept scheme) each lists, and the lists themselves, sorted
 * by name in the reader's language. Networks include working groups and cooperation bodies; agreements
 * are listed by kind. Thread-safe.
 */
public class EntityIndex {

    /** Index name → the ontology classes it lists; "theme" lists the theme scheme. */
    private static final Map<String, List<Resource>> INDEXES = Map.of(
            "cities", List.of(CN.City),
            "networks", List.of(CN.CityNetwork, CN.WorkingGroup, CN.CooperationBody),
            "agreements", List.of(CN.TwinningAgreement, CN.PartnershipAgreement, CN.MemorandumOfUnderstanding,
                    CN.Agreement),
            "themes", List.of());

    private final IriMapping iris;
    private final QueryRunner runner;
    private final Duration timeout;
    private final TermLabels labels;
    private final Query instances = SparqlFiles.load("linkeddata", "instances");
    private final Query concepts = SparqlFiles.load("linkeddata", "concepts");

    public EntityIndex(IriMapping iris, QueryRunner runner, Duration timeout, TermLabels labels) {
        this.iris = iris;
        this.runner = runner;
        this.timeout = timeout;
        this.labels = labels;
    }

    /** @throws NotFoundException for a name that is not an index */
    public IndexView view(String name, PageContext page) {
        List<Resource> classes = INDEXES.get(name);
        if (classes == null) {
            throw new NotFoundException("No index '" + name + "'");
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag(page.language()));
        List<Section> sections = new ArrayList<>();
        if (classes.isEmpty()) {
            Node scheme = NodeFactory.createURI(iris.id("theme"));
            sections.add(new Section("themes", name(scheme.getURI(), page),
                    items(concepts, Map.of("scheme", scheme), page, collator)));
        }
        for (Resource cls : classes) {
            Node type = NodeFactory.createURI(iris.term(cls));
            sections.add(new Section(cls.getLocalName(), name(type.getURI(), page),
                    items(instances, Map.of("class", type), page, collator)));
        }
        return new IndexView(name, sections);
    }

    private List<Link> items(Query query, Map<String, Node> bindings, PageContext page, Collator collator) {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        runner.select(query, bindings, timeout, row -> collect(row, names));
        return names.entrySet().stream().map(e -> {
            Named name = Named.pick(page.preference(), e.getValue())
                    .orElse(new Named(Labels.lastSegment(e.getKey()), ""));
            return new Link(page.href(e.getKey()), name.text(), name.lang(), false);
        }).sorted(Comparator.comparing(Link::text, collator)).toList();
    }

    private static String collect(QuerySolution row, Map<String, Map<String, String>> names) {
        String item = row.getResource("item").getURI();
        Map<String, String> byLanguage = names.computeIfAbsent(item, k -> new HashMap<>());
        if (row.contains("label") && row.get("label").isLiteral()) {
            byLanguage.putIfAbsent(row.getLiteral("label").getLanguage(), row.getLiteral("label").getLexicalForm());
        }
        return item;
    }

    private String name(String iri, PageContext page) {
        return Named.pick(page.preference(), labels.of(iri)).map(Named::text).orElse(Labels.lastSegment(iri));
    }
}
