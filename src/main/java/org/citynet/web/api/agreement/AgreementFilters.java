package org.citynet.web.api.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.ApiQuery;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.PerDataVersion;
import org.springframework.stereotype.Component;

/**
 * The list of every agreement filtered by {@code ?type=} and {@code ?inForce=}, in the list's order, without
 * reading every agreement's facts per request: at 100,000 generated cities (249,704 agreements) that read was
 * past any timeout. What the filters need of each agreement — its type, its dates, its validity status in words
 * ({@code agreement-facets.rq}) — is kept per data version in arrays beside the list's nodes ({@link
 * ListPages#nodes}), a few bytes per agreement; a filtered list is kept per filter and language, so the next
 * pages of it cost a look-up. The page's agreements are then read as an unfiltered page's are.
 */
@Component
class AgreementFilters {

    /** The agreements that pass, in the list's order, and those the in-force rule cannot decide (their IRIs). */
    record Filtered(List<String> iris, List<String> withoutStart, List<String> superseded) {
    }

    private final ApiQueries queries;
    private final ListPages pages;
    private final PerDataVersion<Facets> facets = new PerDataVersion<>(1);
    // A filtered list holds only references to the list's own IRIs: 16 of them at 250,000 agreements are 4M references.
    private final PerDataVersion<Filtered> filtered = new PerDataVersion<>(16, 4_000_000,
            kept -> Math.max(1, kept.iris().size() + kept.withoutStart().size() + kept.superseded().size()));

    AgreementFilters(ApiQueries queries, ListPages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    /** Every agreement of this type (any if null) in force by this rule (any if null), in the list's order. */
    Filtered filter(AgreementType type, InForceRule rule, Localizer localizer) {
        Map<String, List<Node>> classes = queries.agreementClassBlock();
        List<Object> key = List.of(String.valueOf(type), rule == null ? "" : rule.date().toString(),
                rule == null ? "" : rule.date().precision().name(), localizer.languages());
        return filtered.get(queries.requestStamp(), key, () -> {
            String[] nodes = pages.nodes(ApiQuery.AGREEMENT_KEYS, classes);
            Facets kept = facets.get(queries.requestStamp(), List.of(), () -> Facets.read(queries, classes, nodes),
                    queries::changeStamp);
            return kept.filter(nodes, pages.ordered(ApiQuery.AGREEMENT_KEYS, classes, localizer), type, rule);
        }, queries::changeStamp);
    }

    /** An agreement's labels by language, for the in-force report's references. */
    Map<String, String> labels(String iri) {
        return pages.labels(ApiQuery.AGREEMENT_KEYS, queries.agreementClassBlock(), iri);
    }

    /** Per agreement, at its position in the list's nodes (sorted by IRI): what the filters look at. */
    private record Facets(AgreementType[] types, String[] signed, String[] start, String[] end,
                          List<List<String>> statuses) {

        /** A fact of the agreement at {@code at} in the nodes (negative: not among them). */
        private record Row(int at, String field, String value) {
        }

        static Facets read(ApiQueries queries, Map<String, List<Node>> classes, String[] nodes) {
            int n = nodes.length;
            List<List<String>> classIris = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
            String[] signed = new String[n];
            String[] start = new String[n];
            String[] end = new String[n];
            List<List<String>> statuses = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
            // Thousands of agreements share a date or a status: one string each.
            Map<String, String> shared = new HashMap<>();
            // A row holds its agreement's position, not its IRI: at 250,000 agreements the rows are over a million.
            List<Row> rows = queries.selectAll(ApiQuery.AGREEMENT_FACETS, classes, "node",
                    solution -> row(solution, nodes));
            for (Row row : rows) {
                int at = row.at();
                if (at < 0 || row.value() == null) {
                    // An agreement the keys were read without (a write in between): the stamp check drops the answer.
                    continue;
                }
                String value = shared.computeIfAbsent(row.value(), v -> v);
                switch (row.field()) {
                    case "class" -> classIris.set(at, added(classIris.get(at), value));
                    case "validityStatus" -> statuses.set(at, added(statuses.get(at), value));
                    // The least value, as the agreements' rows (ordered by value) give a field's first.
                    case "signed" -> signed[at] = least(signed[at], value);
                    case "start" -> start[at] = least(start[at], value);
                    case "end" -> end[at] = least(end[at], value);
                    default -> throw new IllegalStateException("agreement-facets.rq gave the field " + row.field());
                }
            }
            AgreementType[] types = new AgreementType[n];
            for (int i = 0; i < n; i++) {
                types[i] = AgreementType.of(classIris.get(i));
            }
            return new Facets(types, signed, start, end, statuses);
        }

        private static Row row(QuerySolution solution, String[] nodes) {
            RDFNode value = solution.get("value");
            String lexical = value == null ? null
                    : value.isURIResource() ? value.asResource().getURI()
                    : value.isLiteral() ? value.asLiteral().getLexicalForm() : null;
            return new Row(Arrays.binarySearch(nodes, solution.getResource("node").getURI()),
                    solution.getLiteral("field").getString().intern(), lexical);
        }

        private static List<String> added(List<String> values, String value) {
            if (values.contains(value)) {
                return values;
            }
            List<String> more = new ArrayList<>(values.size() + 1);
            more.addAll(values);
            more.add(value);
            return List.copyOf(more);
        }

        private static String least(String kept, String value) {
            return kept == null || value.compareTo(kept) < 0 ? value : kept;
        }

        Filtered filter(String[] nodes, List<String> ordered, AgreementType type, InForceRule rule) {
            List<String> passing = new ArrayList<>();
            List<String> withoutStart = new ArrayList<>();
            List<String> superseded = new ArrayList<>();
            for (String iri : ordered) {
                int at = Arrays.binarySearch(nodes, iri);
                if (at < 0 || (type != null && types[at] != type)) {
                    continue;
                }
                if (rule == null) {
                    passing.add(iri);
                    continue;
                }
                switch (rule.status(start[at], signed[at], end[at], statuses.get(at))) {
                    case IN_FORCE -> passing.add(iri);
                    case UNKNOWN_START -> withoutStart.add(iri);
                    case SUPERSEDED_WITHOUT_END -> superseded.add(iri);
                    case NOT_IN_FORCE -> { }
                }
            }
            return new Filtered(List.copyOf(passing), List.copyOf(withoutStart), List.copyOf(superseded));
        }
    }
}
