package org.citynet.web.pages;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.LanguagePreference;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;

/**
 * Makes the {@link PageContext} of a request. The controllers of this package read the language strictly
 * (a malformed {@code ?lang=} is a 400); for other views and the locale of messages a malformed one is
 * ignored, since it is too late to refuse when a view is already being rendered. The sources and
 * attributions every page credits are read once per data generation (the caches are keyed on it).
 * Thread-safe.
 */
public class PageContexts {

    private final IriMapping iris;
    private final QueryRunner runner;
    private final Duration timeout;
    private final Query documents = SparqlFiles.load("linkeddata", "source-documents");
    private final Query attributionStatements = SparqlFiles.load("linkeddata", "attributions");
    private final Cache sources;
    private final Cache attributions;

    /**
     * @param sources      the cache of the source documents, keyed on the store's generation
     * @param attributions the cache of the attribution statements, keyed on the store's generation
     */
    public PageContexts(IriMapping iris, QueryRunner runner, Duration timeout, Cache sources, Cache attributions) {
        this.iris = iris;
        this.runner = runner;
        this.timeout = timeout;
        this.sources = sources;
        this.attributions = attributions;
    }

    /** The reader's label languages; a malformed {@code ?lang=} is refused with 400. */
    public static LanguagePreference strict(HttpServletRequest request) {
        return LanguagePreference.of(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The reader's label languages; a malformed {@code ?lang=} is ignored. */
    public static LanguagePreference lenient(HttpServletRequest request) {
        try {
            return strict(request);
        } catch (BadRequestException e) {
            return LanguagePreference.of(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
    }

    public PageContext of(HttpServletRequest request, LanguagePreference preference) {
        String chosen = request.getParameter("lang");
        boolean valid = chosen != null && !chosen.isBlank() && preference.order().get(0).equals(primary(chosen));
        String uri = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return new PageContext(PageContext.pageLanguage(preference), valid ? primary(chosen) : null, preference,
                request.getContextPath(), uri, iris, credits(preference),
                attributions.get(runner.dataGeneration(), this::loadAttributions));
    }

    /**
     * The context of a page in {@code language} for a reader whose browser asks for that language and who chose
     * none with {@code ?lang=}: what most pages are rendered for, and what the footer is warmed up for (making it
     * reads the sources and attributions every page credits, kept per data generation).
     */
    public PageContext forLanguage(String language, String contextPath) {
        LanguagePreference preference = LanguagePreference.of(null, language);
        return new PageContext(PageContext.pageLanguage(preference), null, preference, contextPath, contextPath + "/",
                iris, credits(preference), attributions.get(runner.dataGeneration(), this::loadAttributions));
    }

    private List<PageContext.SourceCredit> credits(LanguagePreference preference) {
        List<Source> known = sources.get(runner.dataGeneration(), this::loadSources);
        return known.stream().map(source -> new PageContext.SourceCredit(source.iri(), source.title(),
                source.titleLang(), Named.pick(preference, source.publisher()).map(Named::text).orElse("")))
                .toList();
    }

    /** A source document as the store has it: title in its own language, publisher's names by language. */
    private record Source(String iri, String title, String titleLang, Map<String, String> publisher) {
    }

    private List<Source> loadSources() {
        Node sourceDocument = NodeFactory.createURI(iris.term(CN.SourceDocument));
        Map<String, Source> byIri = new TreeMap<>();
        runner.select(documents, Map.of("class", sourceDocument), timeout, row -> {
            String iri = row.getResource("document").getURI();
            Source source = byIri.computeIfAbsent(iri, k -> new Source(iri, row.getLiteral("title").getLexicalForm(),
                    row.getLiteral("title").getLanguage(), new HashMap<>()));
            if (row.contains("publisherLabel")) {
                source.publisher().putIfAbsent(row.getLiteral("publisherLabel").getLanguage(),
                        row.getLiteral("publisherLabel").getLexicalForm());
            }
            return iri;
        });
        return byIri.values().stream().map(s -> new Source(s.iri(), s.title(), s.titleLang(), Map.copyOf(s.publisher())))
                .toList();
    }

    private List<PageContext.Attribution> loadAttributions() {
        return PageContext.Attribution.read(runner, attributionStatements, timeout);
    }

    private static String primary(String tag) {
        return tag.strip().toLowerCase().split("-")[0];
    }
}
