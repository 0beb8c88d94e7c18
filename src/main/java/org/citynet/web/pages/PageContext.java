package org.citynet.web.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.system.LanguagePreference;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared page layout needs about the request it renders: the language the page is written in,
 * the reader's label preference, links within the site that keep an explicit {@code ?lang=} choice, the
 * language switch, and the source documents the footer credits. Made per request by {@link PageContexts}
 * and handed to every view as the model attribute {@code page}.
 *
 * @param language       the language of the page's own text: en, fi or sv
 * @param chosenLanguage the {@code ?lang=} the reader chose, null if none; kept in links
 * @param preference     the reader's label languages in order
 * @param contextPath    the servlet context path ("" at the root)
 * @param requestUri     the current path and query, for the language switch
 * @param iris           canonical-to-local mapping for links to resources
 * @param sources        the source documents credited in the footer
 * @param attributions   the attribution statements the data's licences ask every page to show
 */
public record PageContext(String language, String chosenLanguage, LanguagePreference preference,
                          String contextPath, String requestUri, IriMapping iris, List<SourceCredit> sources,
                          List<Attribution> attributions) {

    /** The languages the pages are written in, in the order the switch shows them. */
    public static final List<String> PAGE_LANGUAGES = List.of("en", "fi", "sv");

    /** A language the switch offers: its code, its own name, where it leads, whether it is the current one. */
    public record LanguageOption(String code, String name, String href, boolean current) {
    }

    /** A source document the footer credits. */
    public record SourceCredit(String href, String title, String titleLang, String publisher) {
    }

    /** An attribution statement as a graph states it, its language tag, and its graph's licence (null if none). */
    public record Attribution(String text, String lang, String licence) {

        /** The distinct attributions a query finds: its rows bind {@code ?statement} and maybe {@code ?licence}. */
        public static List<Attribution> read(QueryRunner runner, Query query, Duration timeout) {
            List<Attribution> found = new ArrayList<>();
            runner.select(query, Map.of(), timeout, row -> {
                Literal statement = row.getLiteral("statement");
                RDFNode licence = row.get("licence");
                Attribution attribution = new Attribution(statement.getLexicalForm(), statement.getLanguage(),
                        licence != null && licence.isURIResource() ? licence.asResource().getURI() : null);
                if (!found.contains(attribution)) {
                    found.add(attribution);
                }
                return attribution;
            });
            return List.copyOf(found);
        }
    }

    /** A link to a path of this site ({@code /cities}, {@code /ontology#City}) keeping the reader's choice. */
    public String link(String path) {
        int hash = path.indexOf('#');
        String fragment = hash < 0 ? "" : path.substring(hash);
        String plain = hash < 0 ? path : path.substring(0, hash);
        String query = chosenLanguage == null ? "" : (plain.contains("?") ? "&" : "?") + "lang=" + chosenLanguage;
        return contextPath + plain + query + fragment;
    }

    /**
     * Where a person follows an IRI: our own IRIs lead to this site's pages, other web IRIs to themselves;
     * null (no link) for any other scheme, so that data can never smuggle a {@code javascript:} link in.
     * Of our hash IRIs only the ontology's terms have a page (the ontology's); the others (the load
     * manifest) have none and stay unlinked.
     */
    public String href(String iri) {
        if (iris.isCanonical(iri)) {
            boolean page = !iri.contains("#") || iri.startsWith(iris.ontologyNamespace());
            return page ? link("/" + iri.substring(iris.base().length())) : null;
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    /** True for IRIs that lead off this site. */
    public boolean external(String iri) {
        return !iris.isCanonical(iri);
    }

    /** The language switch: the current page in each language. */
    public List<LanguageOption> languages() {
        return PAGE_LANGUAGES.stream().map(code -> new LanguageOption(code, nameOf(code),
                UriComponentsBuilder.fromUriString(requestUri).replaceQueryParam("lang", code).build().toUriString(),
                code.equals(language))).toList();
    }

    private static String nameOf(String code) {
        return switch (code) {
            case "fi" -> "suomi";
            case "sv" -> "svenska";
            default -> "English";
        };
    }

    /** The page language for a label preference: the first of its languages the pages are written in. */
    public static String pageLanguage(LanguagePreference preference) {
        return preference.order().stream().filter(PAGE_LANGUAGES::contains).findFirst().orElse("en");
    }
}
