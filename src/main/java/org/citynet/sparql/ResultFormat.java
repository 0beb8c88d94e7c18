package org.citynet.sparql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.MediaType;

/**
 * The formats the endpoint writes, each with the media type it answers to and the Jena RIOT language that
 * writes it. Results formats (SELECT, ASK) and graph formats (CONSTRUCT, DESCRIBE) are separate families;
 * the first of each family is its default. Every format is text in UTF-8, so every Content-Type says so.
 */
enum ResultFormat {

    SPARQL_JSON(Family.RESULTS, ResultSetLang.RS_JSON, "application/sparql-results+json", "application/json"),
    SPARQL_XML(Family.RESULTS, ResultSetLang.RS_XML, "application/sparql-results+xml"),
    CSV(Family.RESULTS, ResultSetLang.RS_CSV, "text/csv"),
    TSV(Family.RESULTS, ResultSetLang.RS_TSV, "text/tab-separated-values"),
    TURTLE(Family.GRAPH, Lang.TURTLE, "text/turtle"),
    JSON_LD(Family.GRAPH, Lang.JSONLD, "application/ld+json"),
    N_TRIPLES(Family.GRAPH, Lang.NTRIPLES, "application/n-triples"),
    RDF_XML(Family.GRAPH, Lang.RDFXML, "application/rdf+xml");

    /** SELECT and ASK answer with results; CONSTRUCT and DESCRIBE with a graph. */
    enum Family { RESULTS, GRAPH }

    private final Family family;
    private final Lang lang;
    private final MediaType mediaType;
    private final List<MediaType> answersTo;

    /**
     * @param mediaType the type written in Content-Type
     * @param aliases   further types a client may ask for to get this format (application/json is what a
     *                  generic JSON client sends)
     */
    ResultFormat(Family family, Lang lang, String mediaType, String... aliases) {
        this.family = family;
        this.lang = lang;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.answersTo = Stream.concat(Stream.of(mediaType), Stream.of(aliases)).map(MediaType::parseMediaType)
                .toList();
    }

    Family family() {
        return family;
    }

    Lang lang() {
        return lang;
    }

    /** The media type without parameters, as offered in negotiation and listed in a 406. */
    MediaType mediaType() {
        return mediaType;
    }

    /** What goes in Content-Type: the media type with {@code charset=utf-8}. */
    MediaType contentType() {
        return new MediaType(mediaType, StandardCharsets.UTF_8);
    }

    /** The concrete media types a client may name to get this format. */
    List<MediaType> answersTo() {
        return answersTo;
    }

    /** The formats of a family, default first. */
    static List<ResultFormat> of(Family family) {
        return Arrays.stream(values()).filter(f -> f.family == family).toList();
    }
}
