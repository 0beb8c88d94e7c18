package org.citynet.web.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code format=} and {@code output=}, Virtuoso's and Fuseki's parameters for the answer's format (many
 * scripts use them; SPARQLWrapper sends both), read before {@code Accept} and overriding it. A value is a
 * media type or a name. A name stands for every media type the registries of such names give it, in this
 * order: Spring's file extensions ({@code json}: {@code application/json}), Fuseki's {@code output=} names
 * for graphs and then for results, Jena's result-format names, RIOT's language names and file extensions.
 * Each answer then takes the first of them it offers, so one name works everywhere as those tools mean it:
 * {@code json} is JSON-LD for a graph, SPARQL JSON for a SELECT and the API's JSON for a named query;
 * {@code text} is Turtle for a graph and the text table for a SELECT. Of several values (SPARQLWrapper sends
 * {@code format=rdf+xml&format=application/rdf+xml}) those naming nothing are passed over; a parameter
 * whose every value names nothing is a 400 naming it. Stateless.
 */
final class FormatParameter implements ContentNegotiationStrategy {

    static final List<String> NAMES = List.of("format", "output");

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
        Set<MediaType> types = new LinkedHashSet<>();
        for (String name : NAMES) {
            String[] values = request.getParameterValues(name);
            List<MediaType> named = new ArrayList<>();
            String unknown = null;
            for (String value : values == null ? new String[0] : values) {
                List<MediaType> found = mediaTypes(value.strip());
                named.addAll(found);
                unknown = found.isEmpty() && !value.isBlank() && unknown == null ? value.strip() : unknown;
            }
            if (named.isEmpty() && unknown != null) {
                throw new InvalidParameterException(name, "names no format: '" + abbreviate(unknown)
                        + "'. Give a media type or a name such as json, xml, csv, tsv, text, turtle, jsonld, nt,"
                        + " rdf, trig, nq.");
            }
            types.addAll(named);
        }
        return types.isEmpty() ? MEDIA_TYPE_ALL_LIST : List.copyOf(types);
    }

    /** What one value stands for, most generic first; empty if it names nothing. */
    static List<MediaType> mediaTypes(String value) {
        Set<MediaType> types = new LinkedHashSet<>();
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.contains("/")) {
            parse(value).ifPresent(types::add);
        }
        String name = value.toLowerCase(Locale.ROOT);
        MediaTypeFactory.getMediaType("answer." + name).ifPresent(types::add);
        add(types, Responses.shortNamesGraph.get(name));
        add(types, Responses.shortNamesResultSet.get(name));
        ResultsFormat results = ResultsFormat.lookup(name);
        if (results != null) {
            Lang lang = ResultsFormat.convert(results);
            add(types, lang != null ? lang.getContentType().getContentTypeStr() : results.getSymbol());
        }
        add(types, RDFLanguages.fileExtToLang(name));
        add(types, RDFLanguages.shortnameToLang(name));
        add(types, RDFLanguages.contentTypeToLang(name));
        return List.copyOf(types);
    }

    private static void add(Set<MediaType> types, Lang lang) {
        if (lang != null) {
            add(types, lang.getContentType().getContentTypeStr());
        }
    }

    /** A registry's entry, if it is a media type (Jena's result formats also hold names such as "count"). */
    private static void add(Set<MediaType> types, String entry) {
        if (entry != null && entry.contains("/")) {
            parse(entry).ifPresent(types::add);
        }
    }

    private static Optional<MediaType> parse(String value) {
        try {
            MediaType type = MediaType.parseMediaType(value);
            return type.isConcrete() ? Optional.of(type) : Optional.empty();
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
