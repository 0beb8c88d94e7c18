package org.citynet.web.linkeddata;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Graph;
import org.springframework.web.servlet.ModelAndView;

/**
 * How linked-data answers look to a person: the HTML page of a description, of the ontology, and of an IRI
 * nothing is known about. The pages package implements it, so that this package serves every RDF format
 * and leaves the layout, the languages and the wording of pages to the one package that holds all HTML.
 */
public interface HtmlPages {

    /**
     * The pages for one request, in the languages it asks for.
     *
     * @throws org.citynet.web.system.BadRequestException if it names a language that is not a language tag
     */
    Page forRequest(HttpServletRequest request);

    /** The HTML answers of one request. */
    interface Page {

        /** What the page depends on besides the data (its languages), for the entity tag. */
        String variant();

        /** The page of one resource; {@code path} is the path it was requested under. */
        ModelAndView describe(Description description, String path);

        /** The documentation of the ontology, from the ontology graph. */
        ModelAndView ontology(Graph ontology);

        /** The 404 page of an IRI nothing is known about. */
        ModelAndView notFound(String iri);
    }
}
