package org.citynet.web.linkeddata;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.citynet.web.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Dereferences the graph's IRIs: {@code GET /id/…} describes {@code {base}id/…} — entities and the SKOS
 * schemes alike — and {@code GET /graph/…} the named graph {@code {base}graph/…}, in the format a file
 * extension, {@code format=} or {@code Accept} asks for (in that order). Unknown IRIs are 404 (an HTML page
 * for browsers, problem details for everyone else).
 */
@Controller
class ResourceController {

    private final IriMapping iris;
    private final Describer describer;
    private final Representations representations;
    private final HtmlPages pages;
    private final ContentNegotiationManager negotiation;

    ResourceController(IriMapping iris, Describer describer, Representations representations, HtmlPages pages,
                       ContentNegotiationManager negotiation) {
        this.iris = iris;
        this.describer = describer;
        this.representations = representations;
        this.pages = pages;
        this.negotiation = negotiation;
    }

    @GetMapping("/id/{*path}")
    ModelAndView entity(@PathVariable String path, ServletWebRequest web) throws HttpMediaTypeNotAcceptableException {
        return resource("/id" + path, web);
    }

    /** The named graphs are resources too: what the sources graph says about them, who links to them. */
    @GetMapping("/graph/{*path}")
    ModelAndView graph(@PathVariable String path, ServletWebRequest web) throws HttpMediaTypeNotAcceptableException {
        return resource("/graph" + path, web);
    }

    private ModelAndView resource(String path, ServletWebRequest web) throws HttpMediaTypeNotAcceptableException {
        HttpServletRequest request = web.getRequest();
        // Set first: errors (404, 406) depend on Accept too and must not be cached across it.
        web.getResponse().setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
        ResourcePath requested = ResourcePath.parse(path);
        Offer format = requested.format().orElse(null);
        if (format == null) {
            format = ContentNegotiation.choose(Formats.DOCUMENT, negotiation, web);
        }
        HtmlPages.Page page = pages.forRequest(request);
        Optional<String> canonical = iris.canonical(requested.path());
        if (canonical.isEmpty() || !describer.exists(canonical.get())) {
            String what = canonical.orElse(requested.path());
            if (!format.isHtml()) {
                throw new NotFoundException("Nothing is known about <" + what + ">: no statement has it as subject"
                        + " or object");
            }
            return page.notFound(what);
        }
        String iri = canonical.get();
        return representations.answer(web, format, page.variant(),
                () -> page.describe(describer.describe(iri), requested.path()),
                () -> describer.describe(iri).quads());
    }
}
