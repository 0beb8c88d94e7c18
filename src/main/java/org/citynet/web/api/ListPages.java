package org.citynet.web.api;

import java.text.CollationKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Pages of the REST API's lists ({@code /api/cities}, {@code /api/networks}, {@code /api/agreements}, and
 * the three lists of {@code /api/themes/{id}}), in
 * the order they have always had: by the label the client's languages pick, in their collation, then by IRI.
 * A list at 100,000 cities is never read whole per request: its nodes and their labels are read once per data
 * version by a keys query ({@code ?node ?label}, {@code sparql/api/*-keys.rq}; in pages on a store that caps
 * answers), ordered once per data version and language preference, and a page then reads its own nodes'
 * fields only. {@code page} counts from 1; {@code pageSize} is at most {@code citynet.named-queries.max-page-size}
 * and {@value #DEFAULT_PAGE_SIZE} by default. Thread-safe.
 */
@Component
public class ListPages {

    public static final int DEFAULT_PAGE_SIZE = 100;

    /** A list's nodes, sorted by IRI, with their labels by language (as {@link NodeFields#byLanguage}). */
    private record Labelled(String[] iris, List<Map<String, String>> labels) {
    }

    /** The IRIs of one page and where it is in the list. */
    public record Slice(Page page, List<String> iris) {
    }

    // Per keys query, so that the keys of one theme's agreements never push out those of every agreement:
    // at most 8 block bindings (themes) and a million nodes' labels each; one order per binding and language
    // preference, of which a client varying ?lang= can make at most 16.
    private static final int KEPT_KEYS = 8;
    private static final int KEPT_ORDERS = 16;
    private static final long KEPT_NODES = 1_000_000;

    private final ApiQueries queries;
    private final int maxPageSize;
    private final Map<ApiQuery, PerDataVersion<Labelled>> labels = new EnumMap<>(ApiQuery.class);
    private final Map<ApiQuery, PerDataVersion<List<String>>> orders = new EnumMap<>(ApiQuery.class);

    public ListPages(ApiQueries queries, CitynetProperties properties) {
        this.queries = queries;
        this.maxPageSize = properties.namedQueries().maxPageSize();
        for (ApiQuery query : ApiQuery.values()) {
            labels.put(query, new PerDataVersion<>(KEPT_KEYS, KEPT_NODES, kept -> Math.max(1, kept.iris().length)));
            orders.put(query, new PerDataVersion<>(KEPT_ORDERS, KEPT_NODES, kept -> Math.max(1, kept.size())));
        }
    }

    /** The page asked for: 400 for a page or size that is not a whole number from 1 (size up to the maximum). */
    public PageRequest request(String page, String pageSize) {
        return PageRequest.of(page, pageSize, DEFAULT_PAGE_SIZE, maxPageSize);
    }

    /**
     * Every node of a list in its order for this client.
     *
     * @param keys   the list's keys query ({@code ?node ?label})
     * @param blocks VALUES blocks the keys query needs (as {@link ApiQueries#fields(ApiQuery, Map, Map)})
     */
    public List<String> ordered(ApiQuery keys, Map<String, List<Node>> blocks, Localizer localizer) {
        String stamp = queries.requestStamp();
        String bound = new TreeMap<>(blocks).toString();
        List<Object> orderKey = List.of(bound, localizer.languages());
        return orders.get(keys).get(stamp, orderKey, () -> order(labels.get(keys).get(stamp, List.of(bound),
                () -> read(keys, blocks), queries::changeStamp), localizer), queries::changeStamp);
    }

    /**
     * Every node of a list, sorted by IRI, as the keys query found it for the data this request reads: kept per
     * data version with the list's labels, so the array is shared — never change it. For tables of facts about
     * the nodes kept beside it (indexed as it is), which then hold no IRIs of their own.
     */
    public String[] nodes(ApiQuery keys, Map<String, List<Node>> blocks) {
        return labelled(keys, blocks).iris();
    }

    /** A node's labels by language as the keys query gave them; empty for a node not in the list. */
    public Map<String, String> labels(ApiQuery keys, Map<String, List<Node>> blocks, String iri) {
        Labelled labelled = labelled(keys, blocks);
        int at = Arrays.binarySearch(labelled.iris(), iri);
        return at < 0 ? Map.of() : labelled.labels().get(at);
    }

    private Labelled labelled(ApiQuery keys, Map<String, List<Node>> blocks) {
        String bound = new TreeMap<>(blocks).toString();
        return labels.get(keys).get(queries.requestStamp(), List.of(bound), () -> read(keys, blocks),
                queries::changeStamp);
    }

    /**
     * The page of {@code ordered} asked for, keeping only the nodes of {@code only} (all if null).
     *
     * @throws NotFoundException for a page after the last
     */
    public static Slice slice(List<String> ordered, Set<String> only, PageRequest request) {
        List<String> kept = only == null ? ordered : ordered.stream().filter(only::contains).toList();
        Page page = Page.of(request, kept.size());
        if (!page.exists()) {
            throw new NotFoundException(page.missing());
        }
        return new Slice(page, window(kept, request));
    }

    /** The part of {@code ordered} that a page covers: empty for a page after its last (no 404, as {@link #slice}). */
    public static List<String> window(List<String> ordered, PageRequest request) {
        int from = (int) Math.min(request.offset(), ordered.size());
        int to = (int) Math.min(request.offset() + request.size(), ordered.size());
        return List.copyOf(ordered.subList(from, to));
    }

    /** The items of a page in the page's order; a node whose fields were not found (the data moved on) is left out. */
    public static <T> List<T> inOrder(Slice slice, Map<String, T> byIri) {
        List<T> items = new ArrayList<>(slice.iris().size());
        for (String iri : slice.iris()) {
            T item = byIri.get(iri);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * The answer with {@code X-Total-Count} (every item of the list, all pages) and an RFC 8288 {@code Link}
     * header to the first, previous, next and last pages.
     */
    public static <T> ResponseEntity<T> response(long total, int number, int size, T body) {
        Page page = new Page(number, size, total);
        return ResponseEntity.ok().header(PageLinks.TOTAL_COUNT, Long.toString(page.total()))
                .header(HttpHeaders.LINK, links(page)).body(body);
    }

    /** The answer with only the {@code Link} header, for an answer that is not one list (a theme's page). */
    public static <T> ResponseEntity<T> linked(Page page, T body) {
        return ResponseEntity.ok().header(HttpHeaders.LINK, links(page)).body(body);
    }

    private static String links(Page page) {
        return PageLinks.header(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString(), page);
    }

    private record LabelRow(String node, String language, String label) {
    }

    private Labelled read(ApiQuery keys, Map<String, List<Node>> blocks) {
        Map<String, Map<String, String>> byNode = new HashMap<>();
        for (LabelRow row : queries.selectAll(keys, blocks, "node", ListPages::labelRow)) {
            Map<String, String> labels = byNode.computeIfAbsent(row.node(), node -> new HashMap<>(4));
            if (row.label() != null) {
                // The least label of each language, as the fields' rows (sorted by value) give it first.
                labels.merge(row.language(), row.label(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        String[] iris = byNode.keySet().toArray(String[]::new);
        Arrays.sort(iris);
        List<Map<String, String>> labels = new ArrayList<>(iris.length);
        for (String iri : iris) {
            Map<String, String> mine = byNode.get(iri);
            // Compact and immutable: at 100,000 cities and 250,000 agreements these are kept per data version.
            labels.add(Map.copyOf(mine));
        }
        return new Labelled(iris, labels);
    }

    private static LabelRow labelRow(QuerySolution row) {
        RDFNode label = row.get("label");
        String node = row.getResource("node").getURI();
        return label == null || !label.isLiteral() ? new LabelRow(node, null, null)
                : new LabelRow(node, label.asLiteral().getLanguage().intern(), label.asLiteral().getLexicalForm());
    }

    private static List<String> order(Labelled labelled, Localizer localizer) {
        int n = labelled.iris().length;
        CollationKey[] keys = new CollationKey[n];
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = localizer.sortKey(localizer.label(labelled.labels().get(i)));
            positions[i] = i;
        }
        // Nodes without a label last; ties in IRI order (the positions are in IRI order).
        Arrays.sort(positions, Comparator.comparing((Integer i) -> keys[i], Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder()));
        List<String> ordered = new ArrayList<>(n);
        for (Integer i : positions) {
            ordered.add(labelled.iris()[i]);
        }
        return List.copyOf(ordered);
    }
}
