package org.citynet.web.pages;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pages for people that are not descriptions of one resource: the home page and the indexes of
 * cities, networks, agreements and themes. HTML only.
 */
@Controller
class PagesController {

    private final EntityIndex index;
    private final PageContexts pages;

    PagesController(EntityIndex index, PageContexts pages) {
        this.index = index;
        this.pages = pages;
    }

    @GetMapping(path = "/", produces = "text/html")
    ModelAndView home(HttpServletRequest request) {
        String example = ServletUriComponentsBuilder.fromContextPath(request).path("/id/city/espoo").toUriString();
        return new ModelAndView("linkeddata/home").addObject("page", pages.of(request, PageContexts.strict(request)))
                .addObject("example", example);
    }

    @GetMapping(path = "/{name:cities|networks|agreements|themes}", produces = "text/html")
    ModelAndView index(@PathVariable String name, HttpServletRequest request) {
        PageContext page = pages.of(request, PageContexts.strict(request));
        return new ModelAndView("linkeddata/index").addObject("page", page).addObject("index", index.view(name, page));
    }
}
