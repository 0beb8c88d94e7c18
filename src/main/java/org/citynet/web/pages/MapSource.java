package org.citynet.web.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.kernel.store.UntilChanged;
import org.citynet.web.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads what the map shows from the store: the {@link MapIndex} of the current data (built once per data
 * version with four whole-graph queries, the first time it is asked for — and once when the application is
 * ready, so that the first reader does not wait for it), what states each of a few links (agreements and
 * partnerships with their names, read for the links an answer shows), and the credits the coordinates'
 * licences ask for. Thread-safe: one index is built at a time, and readers wait for it.
 */
@Component
class MapSource {

    private static final Logger log = LoggerFactory.getLogger(MapSource.class);
    /** Building the index reads every city and link; at 100,000 cities that takes seconds, not the 10 of a query. */
    private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(2);

    /**
     * A node that states a link between two cities, with its names by language.
     *
     * @param kind the kind of line it makes: {@code twinning}, {@code agreement} or {@code partnership}
     */
    record Via(String kind, String iri, Map<String, String> names) {
    }

    private final QueryRunner runner;
    private final Duration timeout;
    private final Query cities = SparqlFiles.load("pages", "map-cities");
    private final Query twins = SparqlFiles.load("pages", "map-twins");
    private final Query agreementPairs = SparqlFiles.load("pages", "map-agreement-pairs");
    private final Query partnerPairs = SparqlFiles.load("pages", "map-partner-pairs");
    private final Query linkAgreements = SparqlFiles.load("pages", "map-link-agreements");
    private final Query linkPartnerships = SparqlFiles.load("pages", "map-link-partnerships");
    private final Query creditsQuery = SparqlFiles.load("pages", "credits");
    private final UntilChanged<Long, List<PageContext.Attribution>> credits;
    private volatile MapIndex index;

    MapSource(QueryRunner runner, CitynetProperties properties) {
        this.runner = runner;
        this.timeout = properties.sparql().timeout();
        this.credits = UntilChanged.perGeneration(runner::dataGeneration,
                () -> PageContext.Attribution.read(runner, creditsQuery, timeout));
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        Thread builder = new Thread(() -> {
            try {
                index();
            } catch (RuntimeException e) {
                log.warn("Could not build the map's index ahead of its first reader: {}", e.getMessage());
            }
        }, "map-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** The index of the current data, built now if the data changed since the last one. */
    MapIndex index() {
        long generation = runner.dataGeneration();
        MapIndex current = index;
        if (current != null && current.generation() == generation) {
            return current;
        }
        synchronized (this) {
            current = index;
            if (current != null && current.generation() == generation) {
                return current;
            }
            // The old index goes first, so that two never take heap at once.
            index = null;
            long started = System.nanoTime();
            MapIndex built = build(generation);
            index = built;
            log.info("Map index of generation {}: {} cities placed, {} not, {} links, built in {} ms", generation,
                    built.size(), built.unlocatedSize(), built.linkCount(), (System.nanoTime() - started) / 1_000_000);
            return built;
        }
    }

    /** The credits the coordinates' licences ask for, as the data states them. */
    List<PageContext.Attribution> credits() {
        return credits.get();
    }

    /**
     * What states each of the given links, by link number: the agreements (twinning or other) and
     * partnerships both cities are parties to, with their names, in IRI order. A bare {@code cn:twinnedWith}
     * has none.
     */
    Map<Integer, List<Via>> via(MapIndex index, int[] links) {
        Map<Integer, List<Via>> found = new HashMap<>();
        if (links.length == 0) {
            return found;
        }
        Map<String, List<Integer>> byPair = new HashMap<>();
        Set<List<String>> pairs = new HashSet<>();
        for (int link : links) {
            String from = index.iri(index.linkFrom(link));
            String to = index.iri(index.linkTo(link));
            byPair.computeIfAbsent(from + " " + to, k -> new ArrayList<>()).add(link);
            pairs.add(List.of(from, to));
        }
        Map<String, Via> vias = new LinkedHashMap<>();
        runner.select(withPairs(linkAgreements, pairs), Map.of(), timeout, row -> collect(row,
                row.contains("twinning") && row.getLiteral("twinning").getBoolean() ? "twinning" : "agreement",
                vias));
        runner.select(withPairs(linkPartnerships, pairs), Map.of(), timeout, row -> collect(row, "partnership", vias));
        vias.forEach((key, via) -> {
            String pair = key.substring(0, key.lastIndexOf(' '));
            for (int link : byPair.getOrDefault(pair, List.of())) {
                if (index.linkKind(link).equals(via.kind())) {
                    found.computeIfAbsent(link, k -> new ArrayList<>())
                            .add(new Via(via.kind(), via.iri(), Map.copyOf(via.names())));
                }
            }
        });
        return found;
    }

    private static String collect(QuerySolution row, String kind, Map<String, Via> vias) {
        String iri = row.getResource("via").getURI();
        String key = row.getResource("from").getURI() + " " + row.getResource("to").getURI() + " " + iri;
        Via via = vias.computeIfAbsent(key, k -> new Via(kind, iri, new HashMap<>()));
        RDFNode label = row.get("viaLabel");
        if (label != null && label.isLiteral()) {
            via.names().putIfAbsent(language(label), label.asLiteral().getLexicalForm());
        }
        return iri;
    }

    /** A copy of {@code query} whose pattern starts with {@code VALUES (?from ?to) { ... }}. */
    private static Query withPairs(Query query, Collection<List<String>> pairs) {
        Var from = Var.alloc("from");
        Var to = Var.alloc("to");
        ElementData data = new ElementData();
        data.add(from);
        data.add(to);
        pairs.forEach(pair -> data.add(BindingFactory.binding(from, NodeFactory.createURI(pair.get(0)), to,
                NodeFactory.createURI(pair.get(1)))));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(data);
        // The parsed query is only read: its elements are shared with the copy, never changed.
        for (Element element : ((ElementGroup) query.getQueryPattern()).getElements()) {
            pattern.addElement(element);
        }
        Query copy = query.cloneQuery();
        copy.setQueryPattern(pattern);
        return copy;
    }

    private MapIndex build(long generation) {
        Map<String, Map<String, String>> names = new HashMap<>();
        Map<String, double[]> points = new HashMap<>();
        each(cities, row -> {
            String iri = row.getResource("city").getURI();
            Map<String, String> byLanguage = names.computeIfAbsent(iri, k -> new HashMap<>(4));
            RDFNode label = row.get("label");
            if (label != null && label.isLiteral()) {
                byLanguage.putIfAbsent(language(label), label.asLiteral().getLexicalForm());
            }
            Double lat = number(row.get("lat"));
            Double lon = number(row.get("long"));
            if (lat != null && lon != null && !points.containsKey(iri)) {
                points.put(iri, new double[] {lat, lon});
            }
        });
        String[] placed = points.keySet().toArray(String[]::new);
        Arrays.sort(placed);
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < placed.length; i++) {
            number.put(placed[i], i);
        }
        String[] unplaced = names.keySet().stream().filter(iri -> !points.containsKey(iri)).sorted()
                .toArray(String[]::new);
        return new MapIndex(generation, placed, namesOf(placed, names), coordinate(placed, points, 0),
                coordinate(placed, points, 1), unplaced, namesOf(unplaced, names), links(number));
    }

    /** Every link between two placed cities, once per kind, sorted by kind, then the two cities. */
    private int[][] links(Map<String, Integer> number) {
        Set<Long> seen = new HashSet<>();
        int agreement = MapIndex.KINDS.indexOf("agreement");
        int partnership = MapIndex.KINDS.indexOf("partnership");
        int twinning = MapIndex.KINDS.indexOf("twinning");
        each(twins, row -> pair(row, twinning, number, seen));
        each(agreementPairs, row -> pair(row, row.getLiteral("twinning").getBoolean() ? twinning : agreement,
                number, seen));
        each(partnerPairs, row -> pair(row, partnership, number, seen));
        long[] keys = seen.stream().mapToLong(Long::longValue).sorted().toArray();
        int[][] links = new int[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            links[i] = new int[] {(int) (key >>> 58), (int) (key >>> 29) & 0x1FFFFFFF, (int) key & 0x1FFFFFFF};
        }
        return links;
    }

    /** A link as one number: kind (6 bits), then the two cities' numbers (29 bits each), so sorting sorts. */
    private static void pair(QuerySolution row, int kind, Map<String, Integer> number, Set<Long> seen) {
        Integer from = number.get(row.getResource("from").getURI());
        Integer to = number.get(row.getResource("to").getURI());
        if (from != null && to != null && !from.equals(to)) {
            long low = Math.min(from, to);
            long high = Math.max(from, to);
            seen.add((long) kind << 58 | low << 29 | high);
        }
    }

    /** Runs a whole-graph query of the index, row by row: no list of its hundreds of thousands of rows. */
    private void each(Query query, Consumer<QuerySolution> row) {
        runner.execute(query, Map.of(), INDEX_TIMEOUT, execution -> execution.execSelect().forEachRemaining(row));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] namesOf(String[] iris, Map<String, Map<String, String>> names) {
        Map<String, String>[] result = new Map[iris.length];
        for (int i = 0; i < iris.length; i++) {
            result[i] = Map.copyOf(names.get(iris[i]));
        }
        return result;
    }

    private static double[] coordinate(String[] iris, Map<String, double[]> points, int which) {
        double[] values = new double[iris.length];
        for (int i = 0; i < iris.length; i++) {
            values[i] = points.get(iris[i])[which];
        }
        return values;
    }

    private static String language(RDFNode label) {
        return label.asLiteral().getLanguage().toLowerCase().split("-")[0].intern();
    }

    /** A coordinate as a number; a literal that is not one (the shapes forbid it) counts as missing. */
    private static Double number(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        try {
            return Double.valueOf(node.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
