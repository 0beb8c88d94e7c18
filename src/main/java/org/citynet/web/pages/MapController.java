package org.citynet.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The map of the cities and their links: {@code GET /map} is the page (Leaflet from its webjar, no tiles:
 * the markers and lines lie on a plain background with a graticule), {@code GET /map/data} the JSON its
 * script draws ({@link MapData}), in the reader's language ({@code ?lang=}, then Accept-Language). The page
 * also lists the cities and links as HTML, for readers without JavaScript or a pointer.
 */
@Controller
class MapController {

    private final MapDataReader reader;
    private final PageContexts pages;

    MapController(MapDataReader reader, PageContexts pages) {
        this.reader = reader;
        this.pages = pages;
    }

    @GetMapping(path = "/map", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        PageContext page = pages.of(request, PageContexts.lenient(request));
        ContentSecurity.apply(response);
        return new ModelAndView("pages/map").addObject("page", page).addObject("map", reader.read(page));
    }

    @GetMapping(path = "/map/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MapData data(HttpServletRequest request) {
        return reader.read(pages.of(request, PageContexts.strict(request)));
    }
}
