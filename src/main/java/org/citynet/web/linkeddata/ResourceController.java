package org.citynet.web.linkeddata;

import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.kernel.rdf.LanguagePreference;
import org.citynet.web.pages.EntityView;
import org.citynet.web.pages.EntityViews;
import org.citynet.web.pages.PageContext;
import org.citynet.web.pages.PageContexts;
import org.citynet.web.system.NotFoundException;
import org.citynet.web.system.RdfFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Dereferences the graph's IRIs: {@code GET /id/…} describes {@code {base}id/…} — entities and the SKOS
 * schemes alike — and {@code GET /graph/…} the named graph {@code {base}graph/…}, in the format {@code Accept} or a file extension asks for. Unknown IRIs are 404 (an HTML
 * page for browsers, problem details for everyone else).
 */
@Controller
class ResourceController {

    private final IriMapping iris;
    private final Describer describer;
    private final EntityViews views;
    private final Representations representations;
    private final PageContexts pages;

    ResourceController(IriMapping iris, Describer describer, EntityViews views, Representations representations,
                       PageContexts pages) {
        this.iris = iris;
        this.describer = describer;
        this.views = views;
        this.representations = representations;
        this.pages = pages;
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
        RdfFormat format = FormatNegotiation.choose(requested.format(), request.getHeader(HttpHeaders.ACCEPT));
        LanguagePreference languages = PageContexts.strict(request);
        Optional<String> canonical = iris.canonical(requested.path());
        if (canonical.isEmpty() || !describer.exists(canonical.get())) {
            return notFound(canonical.orElse(requested.path()), format, request, languages);
        }
        String iri = canonical.get();
        PageContext page = pages.of(request, languages);
        return representations.answer(web, format, variant(page), () -> {
            EntityView entity = views.build(describer.describe(iri), page, requested.path());
            return new ModelAndView("linkeddata/entity").addObject("page", page).addObject("entity", entity)
                    .addObject("alternates", entity.alternates());
        }, () -> describer.describe(iri).quads());
    }

    private ModelAndView notFound(String what, RdfFormat format, HttpServletRequest request,
                                  LanguagePreference languages) {
        if (!format.isHtml()) {
            throw new NotFoundException("Nothing is known about <" + what + ">: no statement has it as subject or object");
        }
        return new ModelAndView("linkeddata/not-found", HttpStatus.NOT_FOUND)
                .addObject("page", pages.of(request, languages)).addObject("iri", what);
    }

    /** What an HTML page depends on besides the data: the languages it is written and linked in. */
    static String variant(PageContext page) {
        return Integer.toHexString(Objects.hash(page.chosenLanguage(), page.preference().order()));
    }
}
