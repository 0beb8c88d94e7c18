package org.citynet.web.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

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
 * whose every value names nothing is a 400 naming it ({@link UnknownFormatException}). Stateless.
 *
 * <p>Spring's own {@code ParameterContentNegotiationStrategy} reads one parameter, maps a key to one media
 * type and answers an unknown key with 406; the names here mean different types for different answers, come
 * in two parameters, and an unknown one is the client's mistake in a parameter, so this strategy takes its
 * place. The names themselves are the libraries' tables, not a fifth one of ours.
 */
final class FormatParameter implements ContentNegotiationStrategy {

    static final List<String> NAMES = List.of("format", "output");
    /**
     * Set on a request whose handler has read its parameters though Spring MVC did not map it (the embedded
     * Fuseki's query operation): a POSTed form's format parameters count there too.
     */
    static final String PARAMETERS_READ = FormatParameter.class.getName() + ".parametersRead";

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws UnknownFormatException {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        if (servlet != null && "POST".equals(servlet.getMethod())
                && servlet.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) == null
                && servlet.getAttribute(PARAMETERS_READ) == null) {
            // A POST a filter refused (too large, over the client's allowance) is answered without its form ever
            // being read; asking for the parameters would make Tomcat read and parse it. Only the URL counts.
            MultiValueMap<String, String> url = UriComponentsBuilder.newInstance().query(servlet.getQueryString())
                    .build().getQueryParams();
            return resolve(name -> url.containsKey(name) ? url.get(name).stream()
                    .map(value -> value == null ? "" : UriUtils.decode(value.replace("+", " "), StandardCharsets.UTF_8))
                    .toArray(String[]::new) : null);
        }
        return resolve(request::getParameterValues);
    }

    /**
     * What the request's parameters ask for, {@link #MEDIA_TYPE_ALL_LIST} if neither is given.
     *
     * @param parameters a parameter's values by its name, null if absent
     */
    static List<MediaType> resolve(Function<String, String[]> parameters) throws UnknownFormatException {
        Set<MediaType> types = new LinkedHashSet<>();
        for (String name : NAMES) {
            String[] values = parameters.apply(name);
            List<MediaType> named = new ArrayList<>();
            String unknown = null;
            for (String value : values == null ? new String[0] : values) {
                List<MediaType> found = mediaTypes(value.strip());
                named.addAll(found);
                unknown = found.isEmpty() && !value.isBlank() && unknown == null ? value.strip() : unknown;
            }
            if (named.isEmpty() && unknown != null) {
                throw new UnknownFormatException(name, unknown);
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

    /**
     * A format parameter that names no format: a 400 naming the parameter. A kind of Spring's 406 exception
     * (with its own status and problem details), because Spring asks the negotiation manager in places where it
     * passes over that exception only — choosing an exception handler, choosing a view — and a request that
     * cannot be negotiated must still get its answer.
     */
    public static final class UnknownFormatException extends HttpMediaTypeNotAcceptableException {

        private final String detail;

        UnknownFormatException(String parameter, String value) {
            super("Parameter '" + parameter + "' names no format");
            this.detail = "Parameter '" + parameter + "' names no format: '" + (value.length() > 40
                    ? value.substring(0, 40) + "…" : value) + "'. Give a media type or a name such as json, xml,"
                    + " csv, tsv, text, turtle, jsonld, nt, rdf, trig, nq.";
            // The base class made the problem details with getStatusCode(), already this class's 400.
            getBody().setDetail(detail);
            getBody().setType(URI.create(ProblemException.TYPE_BASE + "invalid-parameter"));
            getBody().setTitle("Invalid parameter");
            getBody().setProperty("parameter", parameter);
        }

        @Override
        public HttpStatusCode getStatusCode() {
            return HttpStatus.BAD_REQUEST;
        }

        /** Not the base class's code for an unparseable Accept, which a message source could word. */
        @Override
        public String getDetailMessageCode() {
            return ErrorResponse.getDefaultDetailMessageCode(UnknownFormatException.class, null);
        }

        @Override
        public String getMessage() {
            return detail;
        }
    }
}
