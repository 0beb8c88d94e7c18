package org.citynet.web.sparql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.RdfFormat;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The formats the endpoint writes, each with the media type it answers to and the Jena RIOT language that
 * writes it; the graph formats are those of the service's {@link RdfFormat} table. Results formats (SELECT,
 * ASK) and graph formats (CONSTRUCT, DESCRIBE) are separate families; the first of each family is its
 * default, and {@link #choose} picks one by {@link ContentNegotiation}. Every format is text in UTF-8, so
 * every Content-Type says so.
 */
enum ResultFormat {

    SPARQL_JSON(Family.RESULTS, ResultSetLang.RS_JSON, "application/sparql-results+json", "application/json"),
    SPARQL_XML(Family.RESULTS, ResultSetLang.RS_XML, "application/sparql-results+xml"),
    CSV(Family.RESULTS, ResultSetLang.RS_CSV, "text/csv"),
    TSV(Family.RESULTS, ResultSetLang.RS_TSV, "text/tab-separated-values"),
    // Without the table's aliases: to a SPARQL client, application/json means results, never a graph.
    TURTLE(RdfFormat.TURTLE),
    JSON_LD(RdfFormat.JSONLD),
    N_TRIPLES(RdfFormat.NTRIPLES),
    RDF_XML(RdfFormat.RDFXML);

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

    ResultFormat(RdfFormat graph) {
        this(Family.GRAPH, graph.lang(), graph.mediaType().toString());
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

    /**
     * The best format of the family for the media ranges a client accepts (as Spring's content negotiation
     * resolved them from {@code Accept}); no ranges at all means the family's default.
     *
     * @throws HttpMediaTypeNotAcceptableException (answered with 406 listing the family's types) when no
     *                                             format of the family is acceptable
     */
    static ResultFormat choose(Family family, List<MediaType> accepted) throws HttpMediaTypeNotAcceptableException {
        return ContentNegotiation.choose(of(family), ResultFormat::answersTo, accepted);
    }
}
