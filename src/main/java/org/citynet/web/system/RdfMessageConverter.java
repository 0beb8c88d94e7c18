package org.citynet.web.system;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.web.system.Formats.Offer;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a Jena {@link Graph} or {@link DatasetGraph} answer in the RDF syntax its Content-Type names,
 * looked up in RIOT's registry and written in RIOT's default form of it (pretty Turtle, TriG and RDF/XML).
 * A graph in a quad syntax is the default graph, as Fuseki writes it; a dataset in a triple syntax is its
 * default graph, written with the dataset's prefixes. JSON-LD of a dataset that carries a
 * {@link PublishedContext} references that context. Write-only and stateless.
 */
public final class RdfMessageConverter extends AbstractHttpMessageConverter<Object> {

    public RdfMessageConverter() {
        super(Formats.DOCUMENT.stream().filter(offer -> offer.lang() != null).map(Offer::contentType)
                .toArray(MediaType[]::new));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Graph.class.isAssignableFrom(type) || DatasetGraph.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return mediaType == null || lang(mediaType) != null;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("RDF request bodies are read by the Graph Store", input);
    }

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        MediaType type = output.getHeaders().getContentType();
        write(answer, type == null ? Formats.GRAPH.get(0).lang() : lang(type), output.getBody());
    }

    /** Writes {@code answer}, a graph or a dataset, in {@code lang}; for callers that keep the bytes. */
    public static void write(Object answer, Lang lang, OutputStream out) {
        RDFFormat format = RDFWriterRegistry.defaultSerialization(lang);
        if (answer instanceof Graph graph) {
            if (RDFLanguages.isQuads(lang)) {
                RDFWriter.source(DatasetGraphFactory.wrap(graph)).format(format).output(out);
            } else {
                RDFWriter.source(graph).format(format).output(out);
            }
        } else if (answer instanceof DatasetGraph dataset) {
            PublishedContext context = PublishedContext.of(dataset);
            if (lang.equals(Lang.JSONLD) && context != null) {
                context.write(dataset.getDefaultGraph(), out);
            } else if (RDFLanguages.isQuads(lang)) {
                RDFWriter.source(dataset).format(format).output(out);
            } else {
                PrefixMap prefixes = dataset.prefixes().isEmpty() ? Prefixes.adapt(dataset.getDefaultGraph())
                        : dataset.prefixes();
                RDFWriterRegistry.getWriterGraphFactory(format).create(format)
                        .write(out, dataset.getDefaultGraph(), prefixes, null, dataset.getContext());
            }
        } else {
            throw new IllegalArgumentException("Not RDF: " + answer.getClass().getName());
        }
    }

    /** The RIOT language that writes a graph or dataset in {@code type}; null for any other type. */
    private static Lang lang(MediaType type) {
        Lang lang = RDFLanguages.contentTypeToLang(type.getType() + "/" + type.getSubtype());
        return lang != null && RDFWriterRegistry.contains(lang) && !ResultSetLang.isRegistered(lang) ? lang : null;
    }
}
