package org.citynet.web.linkeddata;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Graph;
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
 * The ontology document {@code {base}ontology}, which its hash IRIs ({@code cn:City}) resolve to: HTML
 * documentation of every class and property, or the ontology in an RDF syntax by a file extension
 * ({@code /ontology.ttl}), {@code format=} or {@code Accept}.
 */
@Controller
class OntologyController {

    private final OntologyDocs ontology;
    private final Representations representations;
    private final HtmlPages pages;
    private final ContentNegotiationManager negotiation;

    OntologyController(OntologyDocs ontology, Representations representations, HtmlPages pages,
                       ContentNegotiationManager negotiation) {
        this.ontology = ontology;
        this.representations = representations;
        this.pages = pages;
        this.negotiation = negotiation;
    }

    @GetMapping({"/ontology", "/ontology.{extension}"})
    ModelAndView ontology(@PathVariable(required = false) String extension, ServletWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        HttpServletRequest request = web.getRequest();
        // Set first: errors (404, 406) depend on Accept too and must not be cached across it.
        web.getResponse().setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
        Offer format = ContentNegotiation.choose(Formats.DOCUMENT, extension, negotiation, web);
        HtmlPages.Page page = pages.forRequest(request);
        Graph graph = ontology.graph();
        if (!ontology.holdsOntology(graph)) {
            throw new NotFoundException("The store holds no ontology");
        }
        return representations.answer(web, format, page.variant(), () -> page.ontology(graph),
                () -> ontology.ontologyDataset(graph));
    }
}
