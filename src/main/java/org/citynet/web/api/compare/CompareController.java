package org.citynet.web.api.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.citynet.web.system.LanguagePreference;
import org.citynet.web.system.OpenApiConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/compare?cities=espoo,helsinki[&asOf=2015][&undated=include|exclude][&lang=fi]}: which
 * networks, working groups and cooperation bodies cities share, and which agreements they are all party to.
 * Parameters are validated (400, naming the parameter) before anything is read; unknown cities give 404.
 * Every parameter is optional to Spring so that a missing one is refused by the same validation, in the
 * same problem+json shape, as a wrong one.
 */
@RestController
@Tag(name = OpenApiConfiguration.TAG_COMPARISON)
class CompareController {

    private final CompareService service;

    CompareController(CompareService service) {
        this.service = service;
    }

    /**
     * @param cities  two to ten comma-separated city ids
     * @param asOf    only memberships and agreements in force on this date ({@code YYYY-MM-DD},
     *                {@code YYYY-MM} or {@code YYYY}), compared at the precision the data gives
     * @param undated with {@code asOf}: {@code include} (default) or {@code exclude} items whose period the
     *                sources do not give
     * @param lang    label language; otherwise {@code Accept-Language}, then en, fi, sv
     */
    @Operation(operationId = "compareCities", summary = "Compare the memberships of two to ten cities",
            description = "With two cities: the networks, working groups and cooperation bodies they share and those"
                    + " each has alone, their Jaccard index (shared / all), the agreements both are parties to and"
                    + " the sources of every item. With three to ten: the pairwise Jaccard matrix, each city's"
                    + " memberships and what all share. Only a city's own memberships count. The answer's `policy`"
                    + " states the rule used for `asOf` and `undated`.")
    @ApiResponse(responseCode = "200", description = "The comparison", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Fewer than two or more than ten cities, a city named twice, or a"
            + " malformed asOf or undated (the problem names the parameter)",
            ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_REQUEST)
    @ApiResponse(responseCode = "404", description = "A city that does not exist",
            ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
    @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
    @GetMapping(path = "/api/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    ComparisonAnswer compare(@Parameter(description = "Two to ten city ids, comma-separated (required)",
                                     example = "espoo,helsinki") @RequestParam(required = false) String cities,
                             @Parameter(description = "Only memberships and agreements in force on this date"
                                     + " (YYYY, YYYY-MM or YYYY-MM-DD), compared at the precision the data gives",
                                     example = "2016-06-30") @RequestParam(required = false) String asOf,
                             @Parameter(description = "Whether memberships without a known period count",
                                     schema = @Schema(allowableValues = {"include", "exclude"},
                                             defaultValue = "include"))
                             @RequestParam(required = false) String undated,
                             @Parameter(description = OpenApiConfiguration.LANG)
                             @RequestParam(required = false) String lang,
                             @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
                             @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                             String acceptLanguage) {
        CompareRequest request = CompareRequest.parse(cities, asOf, undated);
        return service.compare(request, LanguagePreference.of(lang, acceptLanguage));
    }
}
