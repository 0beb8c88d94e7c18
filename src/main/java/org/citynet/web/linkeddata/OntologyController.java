package org.citynet.web.linkeddata;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.NotFoundException;
import org.citynet.web.system.RdfFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The ontology document {@code {base}ontology}, which its hash IRIs ({@code cn:City}) resolve to: HTML
 * documentation of every class and property, or the ontology in an RDF syntax by {@code Accept} or a
 * file extension ({@code /ontology.ttl}).
 */
@Controller
class OntologyController {

    private final OntologyDocs ontology;
    private final Representations representations;
    private final HtmlPages pages;

    OntologyController(OntologyDocs ontology, Representations representations, HtmlPages pages) {
        this.ontology = ontology;
        this.representations = representations;
        this.pages = pages;
    }

    @GetMapping({"/ontology", "/ontology.{extension}"})
    ModelAndView ontology(@PathVariable(required = false) String extension, ServletWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        HttpServletRequest request = web.getRequest();
        // Set first: errors (404, 406) depend on Accept too and must not be cached across it.
        web.getResponse().setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
        Optional<RdfFormat> byExtension = Optional.empty();
        if (extension != null) {
            byExtension = Optional.of(RdfFormat.byExtension(extension)
                    .orElseThrow(() -> new NotFoundException("The ontology has no '." + extension + "' format")));
        }
        RdfFormat format = FormatNegotiation.choose(byExtension, request.getHeader(HttpHeaders.ACCEPT));
        HtmlPages.Page page = pages.forRequest(request);
        if (!ontology.exists()) {
            throw new NotFoundException("The store holds no ontology");
        }
        return representations.answer(web, format, page.variant(), () -> page.ontology(ontology.graph()),
                ontology::ontologyDataset);
    }
}
