package org.citynet.web.linkeddata;

import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.MessageConverterView;
import org.citynet.web.system.RdfMessageConverter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The common end of every negotiated answer: {@code Vary}, {@code ETag} and {@code Last-Modified} from the
 * {@link DataVersion}, 304 when the client's copy is current (Spring's {@code checkNotModified}), and
 * otherwise the HTML page, or the RDF document written by the {@link RdfMessageConverter}. Thread-safe.
 *
 * <p>The document holds every statement twice: in the named graph of the source it comes from, and in the
 * default graph. Triple syntaxes write the default graph, as before; in TriG and N-Quads a client that reads
 * quads keeps each statement's provenance, and one that queries the default graph (Comunica querying the
 * document as a source, SPARQL without {@code GRAPH}) finds the statements there — with an empty default
 * graph it found nothing.
 */
public class Representations {

    private final DataVersions versions;
    private final Prefixes prefixes;
    private final JsonLdContext jsonLd;
    private final RdfMessageConverter converter;

    public Representations(DataVersions versions, Prefixes prefixes, JsonLdContext jsonLd, RdfMessageConverter converter) {
        this.versions = versions;
        this.prefixes = prefixes;
        this.jsonLd = jsonLd;
        this.converter = converter;
    }

    /**
     * @param variant what else than the data the representation depends on (for HTML: the reader's languages)
     * @param html    makes the page, called only for HTML
     * @param rdf     makes the statements, each in its named graph, called only for RDF
     * @return null if the client's copy is current (Spring then answers 304 without a body)
     */
    public ModelAndView answer(ServletWebRequest request, Offer format, String variant,
                               Supplier<ModelAndView> html, Supplier<DatasetGraph> rdf) {
        request.getResponse().setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
        DataVersion version = versions.current();
        String tag = format.extension() + (format.isHtml() ? "-" + variant : "");
        if (request.checkNotModified(version.etag(tag), version.lastModified().toEpochMilli())) {
            return null;
        }
        if (format.isHtml()) {
            return html.get();
        }
        String contextUrl = ServletUriComponentsBuilder.fromContextPath(request.getRequest())
                .path("/context.jsonld").toUriString();
        DatasetGraph document = jsonLd.at(contextUrl).attachTo(document(rdf.get()));
        return new ModelAndView(new MessageConverterView(document, format.contentType(), converter));
    }

    private DatasetGraph document(DatasetGraph statements) {
        DatasetGraph document = DatasetGraphFactory.createGeneral();
        document.prefixes().putAll(prefixes.prefixMap());
        statements.find().forEachRemaining(quad -> {
            document.add(quad);
            document.getDefaultGraph().add(quad.asTriple());
        });
        return document;
    }
}
