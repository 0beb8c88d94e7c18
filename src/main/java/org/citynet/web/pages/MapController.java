package org.citynet.web.pages;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The map of the cities and their links: {@code GET /map} is the page (Leaflet from its webjar, no tiles:
 * the countries of Natural Earth, served by this application, under the markers and lines),
 * {@code GET /map/data[?bbox=west,south,east,north][&zoom=z]} the JSON its script draws for one view
 * ({@link MapData}: markers, or groups of them where a view holds too many), in the reader's language
 * ({@code ?lang=}, then Accept-Language). The page also lists the cities and links as HTML
 * ({@link MapPage}), for readers without JavaScript or a pointer.
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
        return new ModelAndView("pages/map").addObject("page", page).addObject("map", reader.page(page));
    }

    @GetMapping(path = "/map/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MapData data(@RequestParam(required = false) String bbox, @RequestParam(required = false) String zoom,
                 HttpServletRequest request) {
        MapView view = MapView.of(bbox, zoom);
        return reader.read(pages.of(request, PageContexts.strict(request)), view);
    }

    /** What states the lines between two cities, for a line's popup: read from the store when it opens. */
    @GetMapping(path = "/map/link", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<MapData.Statement> link(@RequestParam String from, @RequestParam String to, HttpServletRequest request) {
        return reader.link(pages.of(request, PageContexts.strict(request)), from, to);
    }
}
