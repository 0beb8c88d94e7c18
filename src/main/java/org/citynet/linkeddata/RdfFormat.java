package org.citynet.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.springframework.http.MediaType;

/**
 * The representations of a resource: the RDF syntaxes Jena RIOT writes, and HTML for people. Each has the
 * file extension that selects it regardless of {@code Accept}. The order is the service's preference
 * when a client accepts several equally ({@code *}{@code /*} gets Turtle).
 */
public enum RdfFormat {

    TURTLE("ttl", Lang.TURTLE, "text/turtle", "application/x-turtle"),
    JSONLD("jsonld", Lang.JSONLD, "application/ld+json", "application/json"),
    RDFXML("rdf", Lang.RDFXML, "application/rdf+xml", "application/xml", "text/xml"),
    NTRIPLES("nt", Lang.NTRIPLES, "application/n-triples"),
    TRIG("trig", Lang.TRIG, "application/trig"),
    NQUADS("nq", Lang.NQUADS, "application/n-quads"),
    HTML("html", null, "text/html", "application/xhtml+xml");

    private final String extension;
    private final Lang lang;
    private final List<MediaType> mediaTypes;

    RdfFormat(String extension, Lang lang, String... mediaTypes) {
        this.extension = extension;
        this.lang = lang;
        this.mediaTypes = Arrays.stream(mediaTypes).map(MediaType::parseMediaType).toList();
    }

    public String extension() {
        return extension;
    }

    /** The RIOT language; null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The media type this format is answered with. */
    public MediaType mediaType() {
        return mediaTypes.get(0);
    }

    /** Every media type a client may ask for this format by, the answered one first. */
    public List<MediaType> mediaTypes() {
        return mediaTypes;
    }

    /** The format's usual name, e.g. "JSON-LD". */
    public String title() {
        return switch (this) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
            case NTRIPLES -> "N-Triples";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
            case HTML -> "HTML";
        };
    }

    public boolean isHtml() {
        return this == HTML;
    }

    /** True for the syntaxes that keep named graphs (TriG, N-Quads). */
    public boolean keepsGraphs() {
        return this == TRIG || this == NQUADS;
    }

    /** The format a file extension selects ({@code ttl}, {@code jsonld}, ...). */
    public static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /** Every media type the service can answer with, for a 406's list of what is supported. */
    public static List<MediaType> producible() {
        return Arrays.stream(values()).map(RdfFormat::mediaType).toList();
    }
}
