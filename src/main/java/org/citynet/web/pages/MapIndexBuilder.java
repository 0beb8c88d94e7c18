package org.citynet.web.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;

/**
 * Builds the {@link MapIndex} of the current data from seven plain scans of the store, each one or two
 * triple patterns streamed row by row (names, points, twin cities, agreements' parties, twinning
 * agreements, partnerships' partners), joined here in memory: at 100,000 cities the store answers these in
 * seconds where one query joining them all took minutes. Holds nothing between builds.
 */
final class MapIndexBuilder {

    private static final int AGREEMENT = MapIndex.KINDS.indexOf("agreement");
    private static final int PARTNERSHIP = MapIndex.KINDS.indexOf("partnership");
    private static final int TWINNING = MapIndex.KINDS.indexOf("twinning");

    private final QueryRunner runner;
    private final Duration timeout;
    private final Query names = SparqlFiles.load("pages", "map-city-names");
    private final Query points = SparqlFiles.load("pages", "map-points");
    private final Query twins = SparqlFiles.load("pages", "map-twins");
    private final Query parties = SparqlFiles.load("pages", "map-parties");
    private final Query twinningAgreements = SparqlFiles.load("pages", "map-twinning-agreements");
    private final Query partners = SparqlFiles.load("pages", "map-partners");

    /** @param timeout for each scan */
    MapIndexBuilder(QueryRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    MapIndex build(long generation) {
        Map<Node, Map<String, String>> cities = new HashMap<>();
        each(names, row -> {
            if (!row.get("city").isURIResource()) {
                return;
            }
            Map<String, String> byLanguage = cities.computeIfAbsent(row.get("city").asNode(), k -> new HashMap<>(4));
            RDFNode label = row.get("label");
            if (label != null && label.isLiteral()) {
                byLanguage.putIfAbsent(language(label), label.asLiteral().getLexicalForm());
            }
        });
        Map<Node, double[]> located = new HashMap<>();
        each(points, row -> {
            Node place = row.get("place").asNode();
            Double lat = number(row.get("lat"));
            Double lon = number(row.get("long"));
            if (cities.containsKey(place) && lat != null && lon != null) {
                located.putIfAbsent(place, new double[] {lat, lon});
            }
        });
        List<Node> placed = new ArrayList<>(located.keySet());
        placed.sort(Comparator.comparing(Node::getURI));
        Map<Node, Integer> number = new HashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            number.put(placed.get(i), i);
        }
        List<Node> unplaced = cities.keySet().stream().filter(city -> !located.containsKey(city))
                .sorted(Comparator.comparing(Node::getURI)).toList();
        return new MapIndex(generation, iris(placed), names(placed, cities),
                placed.stream().mapToDouble(city -> located.get(city)[0]).toArray(),
                placed.stream().mapToDouble(city -> located.get(city)[1]).toArray(),
                iris(unplaced), names(unplaced, cities), links(number));
    }

    /** Every link between two placed cities, once per kind, sorted by kind, then the two cities. */
    private int[][] links(Map<Node, Integer> number) {
        Set<Long> links = new HashSet<>();
        each(twins, row -> add(links, TWINNING, number.get(row.get("from").asNode()),
                number.get(row.get("to").asNode())));
        Set<Node> twinning = new HashSet<>();
        each(twinningAgreements, row -> twinning.add(row.get("agreement").asNode()));
        Map<Node, List<Integer>> agreementParties = groups(parties, "agreement", "party", number);
        agreementParties.forEach((agreement, cities) ->
                pairs(links, twinning.contains(agreement) ? TWINNING : AGREEMENT, cities));
        groups(partners, "partnership", "partner", number).forEach((partnership, cities) ->
                pairs(links, PARTNERSHIP, cities));
        return links.stream().mapToLong(Long::longValue).sorted()
                .mapToObj(key -> new int[] {(int) (key >>> 58), (int) (key >>> 29) & 0x1FFFFFFF,
                        (int) key & 0x1FFFFFFF})
                .toArray(int[][]::new);
    }

    /** The placed cities among the members of each group (agreement or partnership), by group. */
    private Map<Node, List<Integer>> groups(Query query, String group, String member, Map<Node, Integer> number) {
        Map<Node, List<Integer>> groups = new HashMap<>();
        each(query, row -> {
            Integer city = number.get(row.get(member).asNode());
            if (city != null) {
                groups.computeIfAbsent(row.get(group).asNode(), k -> new ArrayList<>(2)).add(city);
            }
        });
        return groups;
    }

    private static void pairs(Set<Long> links, int kind, List<Integer> cities) {
        for (int i = 0; i < cities.size(); i++) {
            for (int j = i + 1; j < cities.size(); j++) {
                add(links, kind, cities.get(i), cities.get(j));
            }
        }
    }

    /** A link as one number: kind (6 bits), then the two cities' numbers (29 bits each), so sorting sorts. */
    private static void add(Set<Long> links, int kind, Integer from, Integer to) {
        if (from != null && to != null && !from.equals(to)) {
            long low = Math.min(from, to);
            long high = Math.max(from, to);
            links.add((long) kind << 58 | low << 29 | high);
        }
    }

    /** Runs one scan row by row: no list of its hundreds of thousands of rows. */
    private void each(Query query, Consumer<QuerySolution> row) {
        runner.execute(query, Map.of(), timeout, execution -> execution.execSelect().forEachRemaining(row));
    }

    private static String[] iris(List<Node> cities) {
        return cities.stream().map(Node::getURI).toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] names(List<Node> cities, Map<Node, Map<String, String>> names) {
        return cities.stream().map(city -> Map.copyOf(names.get(city))).toArray(Map[]::new);
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
