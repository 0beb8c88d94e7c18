package org.citynet.web.linkeddata;

import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.citynet.web.system.RdfFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The common end of every negotiated answer: {@code Vary}, {@code ETag} and {@code Last-Modified} from the
 * {@link DataVersion}, 304 when the client's copy is current, and otherwise the HTML page or the RDF in
 * the chosen format. Thread-safe.
 */
public class Representations {

    private final DataVersions versions;
    private final Prefixes prefixes;
    private final JsonLdContext jsonLd;

    public Representations(DataVersions versions, Prefixes prefixes, JsonLdContext jsonLd) {
        this.versions = versions;
        this.prefixes = prefixes;
        this.jsonLd = jsonLd;
    }

    /**
     * @param variant what else than the data the representation depends on (for HTML: the reader's languages)
     * @param html    makes the page, called only for HTML
     * @param rdf     makes the statements, called only for RDF
     * @return null if the client's copy is current (Spring then answers 304 without a body)
     */
    public ModelAndView answer(ServletWebRequest request, RdfFormat format, String variant,
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
        return new ModelAndView(new RdfView(rdf.get(), format, prefixes, jsonLd, contextUrl));
    }
}
