package org.citynet.web.api.city;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.citynet.web.api.ApiList;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizers;
import org.citynet.web.system.OpenApiConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cities} (optional {@code ?country=fi}, the country's short id; {@code page} and
 * {@code pageSize}) and
 * {@code GET /api/cities/{id}} (the city's short id, e.g. {@code espoo}). Labels follow {@code ?lang=},
 * then Accept-Language, then English, Finnish, Swedish.
 */
@RestController
@Tag(name = OpenApiConfiguration.TAG_CITIES)
@ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
@ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
@RequestMapping(path = "/api/cities", produces = MediaType.APPLICATION_JSON_VALUE)
class CityController {

    private final CityService cities;
    private final ListPages pages;
    private final Localizers localizers;

    CityController(CityService cities, ListPages pages, Localizers localizers) {
        this.cities = cities;
        this.pages = pages;
        this.localizers = localizers;
    }

    @Operation(operationId = "listCities", summary = "List the cities",
            description = "The cities, sorted by their label in the language asked for, with their country, a page"
                    + " at a time (`page`, `pageSize`; X-Total-Count counts every city, Link leads to the other"
                    + " pages); `country` keeps the cities of one country.")
    @ApiResponse(responseCode = "200", description = "A page of the cities, with the sources they rest on",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping
    ResponseEntity<ApiList<CitySummary>> list(
            @Parameter(description = "A country's id (the last segment of its IRI, e.g. fi)", example = "fi")
            @RequestParam(required = false) String country,
            @Parameter(description = OpenApiConfiguration.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = OpenApiConfiguration.PAGE_SIZE) @RequestParam(required = false) String pageSize,
            @Parameter(description = OpenApiConfiguration.LANG) @RequestParam(required = false) String lang,
            @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ApiList<CitySummary> answer = cities.list(country, pages.request(page, pageSize),
                localizers.of(lang, acceptLanguage));
        return ListPages.response(answer.total(), answer.page(), answer.pageSize(), answer);
    }

    @Operation(operationId = "getCity", summary = "Describe a city",
            description = "A city's labels in every language, country, memberships (with role and period), twin"
                    + " cities, agreements, partnerships and offices, with the sources each rests on.")
    @ApiResponse(responseCode = "200", description = "The city", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping("/{id}")
    CityDetail city(@Parameter(description = "The city's id: the last segment of its IRI", example = "espoo")
                    @PathVariable String id,
                    @Parameter(description = OpenApiConfiguration.LANG)
                    @RequestParam(required = false) String lang,
                    @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                    String acceptLanguage) {
        return cities.detail(id, localizers.of(lang, acceptLanguage));
    }
}
