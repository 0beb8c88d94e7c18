package org.citynet.web.pages;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.citynet.web.system.OpenApiConfiguration;
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
@Tag(name = OpenApiConfiguration.TAG_PAGES)
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

    @Operation(operationId = "getMapView", summary = "What the map shows of one view",
            description = "The cities with coordinates inside `bbox` as markers, with the lines of their links"
                    + " (twinning, agreement, partnership; at most " + MapGrid.MAX_LINKS + "). A view holding more"
                    + " than " + MapGrid.MAX_MARKERS + " cities comes back grouped: the view is cut into squares of "
                    + MapGrid.CELL + " pixels at `zoom`, and a square holding several cities is one cluster with"
                    + " their number, mean point and bounding box. `complete` is true when the answer holds every"
                    + " city and link of the map. Also: cities without coordinates, and the credits the"
                    + " coordinates' licences ask for.")
    @ApiResponse(responseCode = "200", description = "The view: markers, clusters, lines", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
    @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = OpenApiConfiguration.LANG,
            schema = @Schema(type = "string", example = "fi"))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = OpenApiConfiguration.ACCEPT_LANGUAGE,
            schema = @Schema(type = "string"))
    @GetMapping(path = "/map/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MapData data(@Parameter(description = "The view: west,south,east,north in WGS84 decimal degrees; the whole world"
                         + " if absent", example = "19.5,59.5,31.6,70.1") @RequestParam(required = false) String bbox,
                 @Parameter(description = "The zoom level the view is seen at, 0 to " + MapView.MAX_ZOOM
                         + " (Leaflet's; 2 if absent): it sets the size of the grid's squares",
                         schema = @Schema(type = "integer", minimum = "0", maximum = "18"))
                 @RequestParam(required = false) String zoom,
                 HttpServletRequest request) {
        MapView view = MapView.of(bbox, zoom);
        return reader.read(pages.of(request, PageContexts.strict(request)), view);
    }

    /** What states the lines between two cities, for a line's popup: read from the store when it opens. */
    @Operation(operationId = "getMapLink", summary = "What states the links between two cities",
            description = "Each kind of link the map draws between the two cities, with the agreements or"
                    + " partnerships that state it (a bare twin-city statement has none); empty if the map has no"
                    + " line between them.")
    @ApiResponse(responseCode = "200", description = "The links between the two cities, by kind",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
    @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = OpenApiConfiguration.LANG,
            schema = @Schema(type = "string", example = "fi"))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = OpenApiConfiguration.ACCEPT_LANGUAGE,
            schema = @Schema(type = "string"))
    @GetMapping(path = "/map/link", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<MapData.Statement> link(@Parameter(description = "A city's id as /map/data gives it", example = "espoo")
                                 @RequestParam String from,
                                 @Parameter(description = "The other city's id", example = "kongsberg")
                                 @RequestParam String to, HttpServletRequest request) {
        return reader.link(pages.of(request, PageContexts.strict(request)), from, to);
    }
}
