package org.citynet.web.api.theme;

import org.citynet.web.api.ApiList;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizers;
import org.citynet.web.api.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** {@code GET /api/themes} (with usage counts) and {@code GET /api/themes/{id}}. */
@RestController
@Tag(name = OpenApiConfiguration.TAG_THEMES)
@ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
@ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
@RequestMapping(path = "/api/themes", produces = MediaType.APPLICATION_JSON_VALUE)
class ThemeController {

    private final ThemeService themes;
    private final ListPages pages;
    private final Localizers localizers;

    ThemeController(ThemeService themes, ListPages pages, Localizers localizers) {
        this.themes = themes;
        this.pages = pages;
        this.localizers = localizers;
    }

    @Operation(operationId = "listThemes", summary = "List the cooperation themes",
            description = "Themes with how many agreements, partnerships and networks use each.")
    @ApiResponse(responseCode = "200", description = "The themes", useReturnTypeSchema = true)
    @GetMapping
    ApiList<ThemeSummary> list(@Parameter(description = OpenApiConfiguration.LANG)
                               @RequestParam(required = false) String lang,
                               @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                               String acceptLanguage) {
        return themes.list(localizers.of(lang, acceptLanguage));
    }

    @Operation(operationId = "getTheme", summary = "Describe a cooperation theme",
            description = "A theme's labels, its mappings to the EU data themes, and a page of the agreements,"
                    + " partnerships and networks about it: the same page (`page`, `pageSize`) of each of the three"
                    + " lists, `totals` counting each list in all; Link leads to the other pages, up to the last"
                    + " of the longest list.")
    @ApiResponse(responseCode = "200", description = "The theme", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping("/{id}")
    ResponseEntity<ThemeDetail> theme(
            @Parameter(description = "The id: the last segment of its IRI", example = "education")
            @PathVariable String id,
            @Parameter(description = OpenApiConfiguration.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = OpenApiConfiguration.PAGE_SIZE) @RequestParam(required = false) String pageSize,
            @Parameter(description = OpenApiConfiguration.LANG) @RequestParam(required = false) String lang,
            @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ThemeDetail detail = themes.detail(id, pages.request(page, pageSize), localizers.of(lang, acceptLanguage));
        ThemeDetail.Totals totals = detail.totals();
        long longest = Math.max(totals.agreements(), Math.max(totals.partnerships(), totals.networks()));
        return ListPages.linked(new Page(detail.page(), detail.pageSize(), longest), detail);
    }
}
