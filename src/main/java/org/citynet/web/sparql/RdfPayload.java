package org.citynet.web.sparql;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * The RDF graph in a Graph Store Protocol body, parsed by Jena RIOT in the syntax its Content-Type names
 * (any triples syntax RIOT knows: Turtle, N-Triples, RDF/XML, JSON-LD, …). Strict: a warning (a bad IRI,
 * say) refuses the body like an error, as the loader refuses files. Relative IRIs resolve against the
 * target graph's IRI. Stateless.
 */
public final class RdfPayload {

    /** Listed in the {@code Accept} header of a 415; RIOT reads more. */
    public static final List<MediaType> MAIN_TYPES = List.of(MediaType.parseMediaType("text/turtle"),
            MediaType.parseMediaType("application/n-triples"), MediaType.parseMediaType("application/ld+json"),
            MediaType.parseMediaType("application/rdf+xml"));

    private RdfPayload() {
    }

    /**
     * @param contentType the request's Content-Type header, may be null
     * @param base        IRI that relative IRIs in the body resolve against
     * @throws HttpMediaTypeNotSupportedException if the type is missing or no RDF triples syntax
     * @throws MalformedRdfException              if the body does not parse cleanly
     */
    public static Graph parse(byte[] body, String contentType, String base, HttpMethod method)
            throws HttpMediaTypeNotSupportedException {
        MediaType type = mediaType(contentType);
        // RIOT reads text/plain as N-Triples (an old registration); here it is too likely to be something else.
        Lang lang = type == null || MediaType.TEXT_PLAIN.equalsTypeAndSubtype(type) ? null
                : RDFLanguages.contentTypeToLang(type.getType() + "/" + type.getSubtype());
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            throw new HttpMediaTypeNotSupportedException(type, MAIN_TYPES, method);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(base).errorHandler(STRICT).parse(graph);
        } catch (MalformedRdfException e) {
            throw e;
        } catch (RiotException e) {
            throw new MalformedRdfException(e.getMessage(), -1, -1);
        }
        return graph;
    }

    private static MediaType mediaType(String header) {
        try {
            return header == null ? null : MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            throw new MalformedRdfException(message, line, col);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new MalformedRdfException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new MalformedRdfException(message, line, col);
        }
    };
}
