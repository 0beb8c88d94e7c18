package org.citynet.web.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.citynet.web.system.CacheConfiguration;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The source documents of the graph ({@code cn:SourceDocument}: title, publisher, language, date, seed
 * file, graph), read the first time an answer cites them (one query for all an answer cites) and kept until
 * the data changes (the cache is keyed on the store's generation and bounded), so that an answer can cite the
 * documents its nodes derive from without a query per document;
 * and the quotations an answer's nodes give as evidence, read with one query per answer and listed under the
 * document they are quoted from. Sources that are not source documents (the editors' curation) are not
 * listed.
 */
@Component
public class SourceCatalog {

    private static final String LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/";
    // As the comparison's VALUES blocks: a longer one was refused by Virtuoso.
    private static final int BATCH = 500;

    private final ApiQueries queries;
    private final Cache documents;

    public SourceCatalog(ApiQueries queries, CacheManager caches) {
        this.queries = queries;
        this.documents = caches.getCache(CacheConfiguration.SOURCE_DOCUMENTS);
    }

    /** The source documents among the given IRIs, ordered by IRI, without quotations. */
    public List<SourceView> describe(Collection<String> sourceIris, Localizer localizer) {
        return describe(new Citations().add(sourceIris, List.of()), localizer);
    }

    /**
     * The source documents an answer rests on, ordered by IRI: those its nodes derive from and those its
     * quotations are quoted from, each with its quotations.
     */
    public List<SourceView> describe(Citations citations, Localizer localizer) {
        Map<String, List<QuoteView>> quotes = quotations(citations.quotations());
        TreeSet<String> iris = new TreeSet<>(citations.sources());
        iris.addAll(quotes.keySet());
        Map<String, NodeFields> known = documents(iris);
        List<SourceView> views = new ArrayList<>();
        for (String iri : iris) {
            NodeFields document = known.get(iri);
            if (document != null) {
                views.add(view(document, quotes.getOrDefault(iri, List.of()), localizer));
            }
        }
        return views;
    }

    /** A document's fields as kept for a data generation; {@code fields} null for an IRI that is no document. */
    private record Kept(NodeFields fields) {
    }

    private record DocumentKey(long generation, String iri) {
    }

    /**
     * The source documents among the IRIs, from the cache or, for those it does not hold, read with one query
     * per {@value #BATCH} of them. Reading every document at once scans every title of the graph: at 100,000
     * generated cities (992 documents) that took 4.5 s alone and passed the 10 s timeout while the indexes
     * were built, and every answer then failed with it.
     */
    private Map<String, NodeFields> documents(Collection<String> iris) {
        long generation = queries.dataGeneration();
        Map<String, NodeFields> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String iri : iris) {
            Kept kept = documents.get(new DocumentKey(generation, iri), Kept.class);
            if (kept == null) {
                missing.add(iri);
            } else if (kept.fields() != null) {
                found.put(iri, kept.fields());
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            FieldTable read = queries.fieldsOf(ApiQuery.SOURCES, batch);
            for (String iri : batch) {
                NodeFields document = read.node(iri).orElse(null);
                documents.put(new DocumentKey(generation, iri), new Kept(document));
                if (document != null) {
                    found.put(iri, document);
                }
            }
        }
        return found;
    }

    /** The quotations by the document they are quoted from, each list ordered by text. */
    private Map<String, List<QuoteView>> quotations(Collection<String> quotationIris) {
        Map<String, List<QuoteView>> byDocument = new HashMap<>();
        for (NodeFields quote : queries.fieldsOf(ApiQuery.QUOTATIONS, quotationIris).nodes()) {
            String document = quote.iris("quotedFrom").stream().findFirst().orElse(null);
            quote.texts("text").stream().findFirst().ifPresent(text -> {
                if (document != null) {
                    byDocument.computeIfAbsent(document, d -> new ArrayList<>())
                            .add(new QuoteView(quote.iri(), text.text(), text.language()));
                }
            });
        }
        byDocument.values().forEach(list -> list.sort(Comparator.comparing(QuoteView::text)
                .thenComparing(QuoteView::iri)));
        return byDocument;
    }

    private static SourceView view(NodeFields document, List<QuoteView> quotes, Localizer localizer) {
        String language = document.iris("language").stream().findFirst().orElse(null);
        return new SourceView(document.iri(), document.lexical("title").orElse(null),
                localizer.ref(document, "publisher").orElse(null), language, languageCode(language),
                document.lexical("date").orElse(null), document.lexical("seedFile").orElse(null),
                document.iris("graph").stream().findFirst().orElse(null), List.copyOf(quotes));
    }

    /** The ISO 639-1 code of an EU authority language ({@code …/language/SWE} → {@code sv}), if any. */
    static String languageCode(String authorityIri) {
        if (authorityIri == null || !authorityIri.startsWith(LANGUAGE_AUTHORITY)) {
            return null;
        }
        String code = authorityIri.substring(LANGUAGE_AUTHORITY.length()).toLowerCase(Locale.ROOT);
        for (String twoLetter : Locale.getISOLanguages()) {
            if (new Locale(twoLetter).getISO3Language().equals(code)) {
                return twoLetter;
            }
        }
        return null;
    }
}
