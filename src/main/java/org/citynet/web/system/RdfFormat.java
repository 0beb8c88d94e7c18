package org.citynet.web.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;

/**
 * The one table of the representations the service writes: each RDF syntax with its file extension, its
 * media type and aliases, the Jena RIOT language and the (pretty) RIOT format it is written in; and HTML
 * for people, which has no RIOT language. The order is the service's preference among equals (Turtle
 * first). Features offer their own selection (see {@link ContentNegotiation}).
 */
public enum RdfFormat {

    TURTLE("ttl", "Turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "text/turtle", "application/x-turtle"),
    JSONLD("jsonld", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD, "application/ld+json", "application/json"),
    RDFXML("rdf", "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PRETTY, "application/rdf+xml", "application/xml",
            "text/xml"),
    NTRIPLES("nt", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, "application/n-triples"),
    TRIG("trig", "TriG", Lang.TRIG, RDFFormat.TRIG_PRETTY, "application/trig"),
    NQUADS("nq", "N-Quads", Lang.NQUADS, RDFFormat.NQUADS, "application/n-quads"),
    HTML("html", "HTML", null, null, "text/html", "application/xhtml+xml");

    private final String extension;
    private final String title;
    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final List<MediaType> mediaTypes;

    RdfFormat(String extension, String title, Lang lang, RDFFormat rdfFormat, String... mediaTypes) {
        this.extension = extension;
        this.title = title;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.mediaTypes = Arrays.stream(mediaTypes).map(MediaType::parseMediaType).toList();
    }

    /** The file extension that selects it, e.g. {@code ttl}. */
    public String extension() {
        return extension;
    }

    /** The format's usual name, e.g. "JSON-LD". */
    public String title() {
        return title;
    }

    /** The RIOT language; null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The RIOT format it is written in; null for HTML. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The media type this format is answered with. */
    public MediaType mediaType() {
        return mediaTypes.get(0);
    }

    /** What goes in Content-Type: the media type with {@code charset=UTF-8} (every format is UTF-8 text). */
    public MediaType contentType() {
        return new MediaType(mediaType(), StandardCharsets.UTF_8);
    }

    /** Every media type a client may ask for this format by, the answered one first. */
    public List<MediaType> mediaTypes() {
        return mediaTypes;
    }

    public boolean isHtml() {
        return this == HTML;
    }

    /** The format a file extension selects ({@code ttl}, {@code jsonld}, ...). */
    public static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
