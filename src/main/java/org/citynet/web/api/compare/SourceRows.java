package org.citynet.web.api.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.citynet.web.api.compare.FactQueries.SourceRow;

/**
 * The rows of {@code sources.rq} folded into one description per source document, with the graph
 * {@code source-graphs.rq} gives it; its publisher is still an IRI, labelled later with the other labels.
 * One title per language tag and one value per other field, the smallest where the graph gives several
 * (as {@link FactRows} does). Used once per read.
 */
final class SourceRows {

    /** A source document's description before its publisher is labelled. */
    record Described(String iri, Map<String, String> titles, String seedFile, String publisher, String language,
                     String date, String graph) {

        SourceDocument document(Function<String, Term> terms) {
            return new SourceDocument(iri, titles, seedFile, publisher == null ? null : terms.apply(publisher),
                    language, date, graph);
        }
    }

    private final Map<String, Described> described = new LinkedHashMap<>();

    /** @param graphs the named graph of each source document that has one ({@code FactQueries.sourceGraphs}) */
    SourceRows(List<SourceRow> rows, Map<String, String> graphs) {
        Map<String, Map<String, String>> titles = new HashMap<>();
        Map<String, Map<String, String>> fields = new HashMap<>();
        for (SourceRow row : rows) {
            Map<String, String> byLanguage = titles.computeIfAbsent(row.source(), k -> new HashMap<>());
            Map<String, String> values = fields.computeIfAbsent(row.source(), k -> new HashMap<>());
            if (row.title() != null) {
                FactRows.putSmallest(byLanguage, row.titleLanguage(), row.title());
            }
            put(values, "seedFile", row.seedFile());
            put(values, "publisher", row.publisher());
            put(values, "language", row.language());
            put(values, "date", row.date());
        }
        titles.forEach((iri, t) -> {
            Map<String, String> values = fields.get(iri);
            described.put(iri, new Described(iri, t, values.get("seedFile"), values.get("publisher"),
                    values.get("language"), values.get("date"), graphs.get(iri)));
        });
    }

    /** The described sources by IRI; a source without any row is missing. */
    Map<String, Described> described() {
        return described;
    }

    /** The publishers named, whose labels the answer needs. */
    List<String> publishers() {
        return described.values().stream().map(Described::publisher).filter(p -> p != null).distinct().toList();
    }

    private static void put(Map<String, String> values, String field, String value) {
        if (value != null) {
            FactRows.putSmallest(values, field, value);
        }
    }
}
