package org.citynet.web.pages;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.citynet.web.linkeddata.Prefixes;
import org.citynet.web.system.OpenApiConfiguration;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The SPARQL editor, {@code GET /sparql/editor}: YASGUI (from its webjar) against this service's
 * {@code /sparql}, with every named query as an example that opens in a tab of its own. YASGUI's look-ups
 * on other hosts are turned off in {@code /js/sparql-editor.js}; its prefix completion reads this
 * service's own prefixes from {@code GET /sparql/editor/prefixes.json} (prefix.cc's format) instead. Without
 * JavaScript the page still lists the examples with their text and offers a plain form to the endpoint.
 */
@Controller
@Tag(name = OpenApiConfiguration.TAG_PAGES)
class SparqlEditorController {

    private final ExampleQueries examples;
    private final Prefixes prefixes;
    private final PageContexts pages;

    SparqlEditorController(ExampleQueries examples, Prefixes prefixes, PageContexts pages) {
        this.examples = examples;
        this.prefixes = prefixes;
        this.pages = pages;
    }

    @GetMapping(path = "/sparql/editor", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView editor(HttpServletRequest request, HttpServletResponse response) {
        PageContext page = pages.of(request, PageContexts.lenient(request));
        ContentSecurity.apply(response);
        return new ModelAndView("pages/sparql-editor").addObject("page", page)
                .addObject("examples", examples.all(page.language()));
    }

    /** Prefix to namespace, as prefix.cc serves {@code popular/all.file.json}. */
    @Operation(operationId = "getPrefixes", summary = "The prefixes the SPARQL editor completes",
            description = "Prefix to namespace, in the format of prefix.cc's popular/all.file.json: the prefixes"
                    + " of this knowledge graph, which the editor offers instead of asking another host.")
    @GetMapping(path = "/sparql/editor/prefixes.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> prefixes() {
        return prefixes.asMap();
    }
}
