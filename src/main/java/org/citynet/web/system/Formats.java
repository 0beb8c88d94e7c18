package org.citynet.web.system;

import static org.apache.jena.riot.WebContent.contentTypeJSON;
import static org.apache.jena.riot.WebContent.contentTypeXML;
import static org.apache.jena.riot.WebContent.contentTypeXMLAlt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.MediaType;

/**
 * What each kind of answer is offered in, as Jena RIOT's own registry describes the formats: an offer is a
 * RIOT {@link Lang} with the content type it is answered with, the further types RIOT registers for it, and
 * the few names clients send that RIOT no longer registers. File extensions and titles are RIOT's too. The
 * order of a list is the service's preference among equals (its first entry the default), which is what
 * {@link ContentNegotiation} needs besides the offers. Every answer is text in UTF-8.
 */
public final class Formats {

    /** Sent by older clients; RIOT dropped the name in Jena 4 but reads and writes the syntax. */
    private static final String X_TURTLE = "application/x-turtle";
    /** RDF4J's boolean results type; Fuseki, which has no writer for it, answers it with SPARQL XML. */
    private static final String TEXT_BOOLEAN = "text/boolean";

    /** Turtle, also for N3 (RIOT writes N3 as Turtle, a subset of it). */
    public static final Offer TURTLE = Offer.of(Lang.TURTLE)
            .alsoFor(Stream.concat(types(Lang.N3).stream(), Stream.of(X_TURTLE)).toArray(String[]::new));
    /** JSON-LD, also for plain JSON: what Fuseki's {@code output=json} gives for a graph. */
    public static final Offer JSONLD = Offer.of(Lang.JSONLD, contentTypeJSON);
    /**
     * N-Triples without RIOT's alternative {@code text/plain}, which RIOT itself flags as more trouble than
     * it is worth: for a graph, {@code output=text} means Turtle, as in Fuseki.
     */
    public static final Offer NTRIPLES = new Offer(Lang.NTRIPLES, mainType(Lang.NTRIPLES), List.of());
    public static final Offer RDFXML = Offer.of(Lang.RDFXML);
    public static final Offer RDFJSON = Offer.of(Lang.RDFJSON);
    public static final Offer TRIG = Offer.of(Lang.TRIG);
    public static final Offer NQUADS = Offer.of(Lang.NQUADS);
    public static final Offer HTML = new Offer(null, MediaType.TEXT_HTML, List.of(MediaType.APPLICATION_XHTML_XML));

    public static final Offer SPARQL_JSON = Offer.of(ResultSetLang.RS_JSON, contentTypeJSON);
    public static final Offer SPARQL_XML = Offer.of(ResultSetLang.RS_XML, contentTypeXML, contentTypeXMLAlt);
    public static final Offer CSV = Offer.of(ResultSetLang.RS_CSV);
    public static final Offer TSV = Offer.of(ResultSetLang.RS_TSV);
    /** Jena's text table, as Fuseki answers {@code text/plain}. */
    public static final Offer TEXT = Offer.of(ResultSetLang.RS_Text);

    /** A SELECT's rows. */
    public static final List<Offer> SELECT = List.of(SPARQL_JSON, SPARQL_XML, CSV, TSV, TEXT);
    /** An ASK's boolean; {@code text/boolean} gets SPARQL XML, as from Fuseki. */
    public static final List<Offer> ASK = List.of(SPARQL_JSON, SPARQL_XML.alsoFor(TEXT_BOOLEAN), CSV, TSV, TEXT);
    /**
     * A graph: CONSTRUCT and DESCRIBE, the Graph Store, the catalogue, VoID and the service description.
     * Generic XML is no RDF/XML here: a browser's {@code application/xml;q=0.9} would get these as RDF/XML
     * rather than Turtle.
     */
    public static final List<Offer> GRAPH = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, RDFJSON);
    /**
     * A dereferenced IRI: every graph syntax, the quad syntaxes that keep each statement's graph, and HTML for
     * people (whose browsers prefer it over their {@code application/xml}, so generic XML can mean RDF/XML).
     */
    public static final List<Offer> DOCUMENT = List.of(TURTLE, JSONLD,
            RDFXML.alsoFor(contentTypeXML, contentTypeXMLAlt), NTRIPLES, TRIG, NQUADS, RDFJSON, HTML);

    private Formats() {
    }

    /**
     * One format an answer is offered in.
     *
     * @param lang      the RIOT language that writes it; null for HTML and the REST API's own JSON
     * @param mediaType what Content-Type says, and the type listed in a 406
     * @param aliases   further types a client may name to get it (never reached through a wildcard)
     */
    public record Offer(Lang lang, MediaType mediaType, List<MediaType> aliases) {

        public Offer {
            aliases = List.copyOf(aliases);
        }

        /** The language's own content type, then RIOT's alternatives for it and {@code extra}. */
        static Offer of(Lang lang, String... extra) {
            return new Offer(lang, mainType(lang), merged(mainType(lang), types(lang), extra));
        }

        /** For a service that does not write this language: the API's own JSON, say. */
        public static Offer of(MediaType mediaType) {
            return new Offer(null, mediaType, List.of());
        }

        /** The same format, also answering to {@code more}. */
        Offer alsoFor(String... more) {
            return new Offer(lang, mediaType, merged(mediaType, aliases.stream().map(MediaType::toString).toList(),
                    more));
        }

        /** Every type a client may name to get it, its own first. */
        public List<MediaType> mediaTypes() {
            return Stream.concat(Stream.of(mediaType), aliases.stream()).toList();
        }

        /** What goes in Content-Type: the media type with {@code charset=UTF-8}. */
        public MediaType contentType() {
            return new MediaType(mediaType, StandardCharsets.UTF_8);
        }

        public boolean isHtml() {
            return lang == null && MediaType.TEXT_HTML.equals(mediaType);
        }

        /** The file extension that selects it ({@code ttl}): RIOT's first for the language, or {@code html}. */
        public String extension() {
            return lang == null ? mediaType.getSubtype() : lang.getFileExtensions().get(0);
        }

        /** The format's usual name ("JSON-LD"): RIOT's label. */
        public String title() {
            return lang == null ? mediaType.getSubtype().toUpperCase(Locale.ROOT) : lang.getLabel();
        }
    }

    /** The offer of {@code offers} a file extension names by RIOT's registry ({@code rdf}, {@code owl}: RDF/XML). */
    public static Optional<Offer> byExtension(List<Offer> offers, String extension) {
        Lang lang = RDFLanguages.fileExtToLang(extension);
        return offers.stream().filter(offer -> lang == null ? offer.lang() == null
                && offer.extension().equalsIgnoreCase(extension) : lang.equals(offer.lang())).findFirst();
    }

    /** The main types of {@code offers}, as a 406 lists them. */
    public static List<MediaType> mainTypes(List<Offer> offers) {
        return offers.stream().map(Offer::mediaType).toList();
    }

    private static MediaType mainType(Lang lang) {
        return MediaType.parseMediaType(lang.getContentType().getContentTypeStr());
    }

    private static List<String> types(Lang lang) {
        return Stream.concat(Stream.of(lang.getContentType().getContentTypeStr()), lang.getAltContentTypes().stream())
                .toList();
    }

    private static List<MediaType> merged(MediaType own, List<String> registered, String... extra) {
        List<MediaType> aliases = new ArrayList<>();
        Stream.concat(registered.stream(), Stream.of(extra)).map(MediaType::parseMediaType)
                .filter(type -> !type.equals(own) && !aliases.contains(type)).forEach(aliases::add);
        return aliases;
    }
}
