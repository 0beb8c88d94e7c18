package org.citynet.web.api;

import java.util.ArrayList;
import java.util.Collection;
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
 * file, graph), read with one query and kept until the data changes (the cache is keyed on the store's
 * generation), so
 * that an answer can cite the documents its nodes derive from without a query per document. Sources that
 * are not source documents (the editors' curation) are not listed.
 */
@Component
public class SourceCatalog {

    private static final String LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/";

    private final ApiQueries queries;
    private final Cache documents;

    public SourceCatalog(ApiQueries queries, CacheManager caches) {
        this.queries = queries;
        this.documents = caches.getCache(CacheConfiguration.SOURCE_DOCUMENTS);
    }

    /** The source documents among the given IRIs, ordered by IRI. */
    public List<SourceView> describe(Collection<String> sourceIris, Localizer localizer) {
        FieldTable all = documents.get(queries.dataGeneration(), () -> queries.fields(ApiQuery.SOURCES, Map.of()));
        List<SourceView> views = new ArrayList<>();
        for (String iri : new TreeSet<>(sourceIris)) {
            all.node(iri).ifPresent(document -> views.add(view(document, localizer)));
        }
        return views;
    }

    private static SourceView view(NodeFields document, Localizer localizer) {
        String language = document.iris("language").stream().findFirst().orElse(null);
        return new SourceView(document.iri(), document.lexical("title").orElse(null),
                localizer.ref(document, "publisher").orElse(null), language, languageCode(language),
                document.lexical("date").orElse(null), document.lexical("seedFile").orElse(null),
                document.iris("graph").stream().findFirst().orElse(null));
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
