package org.citynet.web.pages;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.citynet.web.system.LanguagePreference;

/**
 * What the map draws, in memory for one state of the data: every city it can place (IRI, names by
 * language, WGS84 point), the cities it cannot place, and the links between two placed cities — kind and
 * the two cities only; what states a link is read from the store for the links an answer shows. About 250
 * bytes a city and 9 bytes a link. Built by {@link MapSource} once per data version; immutable, except for
 * a small cache of the cities sorted by name per reader.
 */
final class MapIndex {

    /** The kinds of line, in the order the links are sorted by. */
    static final List<String> KINDS = List.of("agreement", "partnership", "twinning");

    private static final int SORTED_ORDERS_KEPT = 16;

    private final long generation;
    private final String[] iris;
    private final Map<String, String>[] names;
    private final double[] lat;
    private final double[] lon;
    private final String[] unlocatedIris;
    private final Map<String, String>[] unlocatedNames;
    private final byte[] linkKind;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final int[] adjacencyStart;
    private final int[] adjacency;
    private final Map<List<String>, int[]> sortedByName = new ConcurrentHashMap<>();

    /**
     * @param iris   the placed cities' IRIs, in IRI order; the other arrays of cities are parallel to it
     * @param links  each link as {@code kind, from, to} (indexes into {@code iris}, from &lt; to), sorted
     */
    MapIndex(long generation, String[] iris, Map<String, String>[] names, double[] lat, double[] lon,
             String[] unlocatedIris, Map<String, String>[] unlocatedNames, int[][] links) {
        this.generation = generation;
        this.iris = iris;
        this.names = names;
        this.lat = lat;
        this.lon = lon;
        this.unlocatedIris = unlocatedIris;
        this.unlocatedNames = unlocatedNames;
        this.linkKind = new byte[links.length];
        this.linkFrom = new int[links.length];
        this.linkTo = new int[links.length];
        int[] degree = new int[iris.length + 1];
        for (int i = 0; i < links.length; i++) {
            linkKind[i] = (byte) links[i][0];
            linkFrom[i] = links[i][1];
            linkTo[i] = links[i][2];
            degree[linkFrom[i] + 1]++;
            degree[linkTo[i] + 1]++;
        }
        // Each city's links, both directions, as one array with a start offset per city (compressed rows).
        for (int c = 0; c < iris.length; c++) {
            degree[c + 1] += degree[c];
        }
        this.adjacencyStart = degree;
        this.adjacency = new int[links.length * 2];
        int[] next = Arrays.copyOf(degree, iris.length);
        for (int i = 0; i < links.length; i++) {
            adjacency[next[linkFrom[i]]++] = i;
            adjacency[next[linkTo[i]]++] = i;
        }
    }

    long generation() {
        return generation;
    }

    /** Placed cities. */
    int size() {
        return iris.length;
    }

    String iri(int city) {
        return iris[city];
    }

    /** The number of a placed city, or a negative number if the map does not place it. */
    int city(String iri) {
        return Arrays.binarySearch(iris, iri);
    }

    Map<String, String> names(int city) {
        return names[city];
    }

    double lat(int city) {
        return lat[city];
    }

    double lon(int city) {
        return lon[city];
    }

    int unlocatedSize() {
        return unlocatedIris.length;
    }

    String unlocatedIri(int city) {
        return unlocatedIris[city];
    }

    Map<String, String> unlocatedNames(int city) {
        return unlocatedNames[city];
    }

    int linkCount() {
        return linkKind.length;
    }

    String linkKind(int link) {
        return KINDS.get(linkKind[link]);
    }

    int linkFrom(int link) {
        return linkFrom[link];
    }

    int linkTo(int link) {
        return linkTo[link];
    }

    /** The links of a city, as link numbers in ascending order. */
    int[] linksOf(int city) {
        return Arrays.copyOfRange(adjacency, adjacencyStart[city], adjacencyStart[city + 1]);
    }

    /**
     * The placed cities by the name a reader sees ({@link Named#pick}), in the collation of the reader's
     * first language; computed once per language order and kept (a few of them) with the index.
     */
    int[] byName(LanguagePreference reader) {
        List<String> order = reader.order();
        int[] known = sortedByName.get(order);
        if (known != null) {
            return known;
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag(order.get(0)));
        CollationKey[] keys = new CollationKey[iris.length];
        for (int c = 0; c < iris.length; c++) {
            keys[c] = collator.getCollationKey(Named.pick(reader, names[c], iris[c]).text());
        }
        Integer[] cities = new Integer[iris.length];
        Arrays.setAll(cities, c -> c);
        Arrays.sort(cities, (a, b) -> {
            int byKey = keys[a].compareTo(keys[b]);
            return byKey != 0 ? byKey : Integer.compare(a, b);
        });
        int[] sorted = Arrays.stream(cities).mapToInt(Integer::intValue).toArray();
        if (sortedByName.size() >= SORTED_ORDERS_KEPT) {
            sortedByName.clear();
        }
        sortedByName.put(order, sorted);
        return sorted;
    }
}
