package org.citynet.web.pages;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.web.system.CitynetProperties;
import org.springframework.stereotype.Component;

/**
 * Reads what the map draws besides the cities: the links between two cities (twinning, agreements,
 * partnerships) with the nodes that state them, and the attribution statements of the graphs the
 * coordinates come from. Read on every call; thread-safe.
 */
@Component
class MapSource {

    /**
     * Two cities linked in one way, and what links them.
     *
     * @param kind {@code twinning}, {@code agreement} or {@code partnership}
     * @param from the city with the smaller IRI
     * @param via  the agreements or partnerships behind the link, by IRI with their names by language; empty
     *             for a bare {@code cn:twinnedWith}
     */
    record Link(String kind, String from, String to, Map<String, Map<String, String>> via) {
    }

    private final QueryRunner runner;
    private final Duration timeout;
    private final Query links = SparqlFiles.load("pages", "links");
    private final Query credits = SparqlFiles.load("pages", "credits");

    MapSource(QueryRunner runner, CitynetProperties properties) {
        this.runner = runner;
        this.timeout = properties.sparql().timeout();
    }

    /** Every link, one per pair of cities and kind, in the order of kind, then the cities' IRIs. */
    List<Link> links() {
        Map<String, Link> byKey = new LinkedHashMap<>();
        runner.select(links, Map.of(), timeout, row -> collect(row, byKey));
        return byKey.values().stream().map(l -> new Link(l.kind(), l.from(), l.to(), copy(l.via()))).toList();
    }

    private static String collect(QuerySolution row, Map<String, Link> byKey) {
        String kind = row.getLiteral("kind").getLexicalForm();
        String from = row.getResource("from").getURI();
        String to = row.getResource("to").getURI();
        Link link = byKey.computeIfAbsent(kind + " " + from + " " + to,
                k -> new Link(kind, from, to, new LinkedHashMap<>()));
        RDFNode via = row.get("via");
        if (via != null && via.isURIResource()) {
            Map<String, String> names = link.via().computeIfAbsent(via.asResource().getURI(), k -> new HashMap<>());
            RDFNode label = row.get("viaLabel");
            if (label != null && label.isLiteral()) {
                names.putIfAbsent(label.asLiteral().getLanguage().toLowerCase().split("-")[0],
                        label.asLiteral().getLexicalForm());
            }
        }
        return kind;
    }

    private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> via) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        via.forEach((iri, names) -> copy.put(iri, Map.copyOf(names)));
        return copy;
    }

    /** The credits the coordinates' licences ask for, as the data states them. */
    List<PageContext.Attribution> credits() {
        return PageContext.Attribution.read(runner, credits, timeout);
    }
}
