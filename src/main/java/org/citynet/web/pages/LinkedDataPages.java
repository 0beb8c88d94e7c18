package org.citynet.web.pages;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Graph;
import org.citynet.web.linkeddata.Description;
import org.citynet.web.linkeddata.HtmlPages;
import org.citynet.web.linkeddata.IriMapping;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The HTML pages of the linked-data answers: entity pages, the ontology's documentation, 404. */
final class LinkedDataPages implements HtmlPages {

    private final PageContexts contexts;
    private final EntityViews entities;
    private final IriMapping iris;
    private final TermLabels labels;

    LinkedDataPages(PageContexts contexts, EntityViews entities, IriMapping iris, TermLabels labels) {
        this.contexts = contexts;
        this.entities = entities;
        this.iris = iris;
        this.labels = labels;
    }

    @Override
    public Page forRequest(HttpServletRequest request) {
        PageContext page = contexts.of(request, PageContexts.strict(request));
        return new Page() {
            @Override
            public String variant() {
                // The languages the page is written and linked in.
                return Integer.toHexString(Objects.hash(page.chosenLanguage(), page.preference().order()));
            }

            @Override
            public ModelAndView describe(Description description, String path) {
                EntityView entity = entities.build(description, page, path);
                return new ModelAndView("linkeddata/entity").addObject("page", page).addObject("entity", entity)
                        .addObject("alternates", entity.alternates());
            }

            @Override
            public ModelAndView ontology(Graph ontology) {
                OntologyView view = new OntologyViews(iris, labels, ontology).build(page);
                return new ModelAndView("linkeddata/ontology").addObject("page", page).addObject("ontology", view)
                        .addObject("alternates", view.alternates());
            }

            @Override
            public ModelAndView notFound(String iri) {
                return new ModelAndView("linkeddata/not-found", HttpStatus.NOT_FOUND).addObject("page", page)
                        .addObject("iri", iri);
            }
        };
    }
}
