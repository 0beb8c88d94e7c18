package org.citynet.web.api.theme;

import org.citynet.web.api.ApiList;
import org.citynet.web.api.Localizers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/themes} (with usage counts) and {@code GET /api/themes/{id}}. */
@RestController
@RequestMapping(path = "/api/themes", produces = MediaType.APPLICATION_JSON_VALUE)
class ThemeController {

    private final ThemeService themes;
    private final Localizers localizers;

    ThemeController(ThemeService themes, Localizers localizers) {
        this.themes = themes;
        this.localizers = localizers;
    }

    @GetMapping
    ApiList<ThemeSummary> list(@RequestParam(required = false) String lang,
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                               String acceptLanguage) {
        return themes.list(localizers.of(lang, acceptLanguage));
    }

    @GetMapping("/{id}")
    ThemeDetail theme(@PathVariable String id, @RequestParam(required = false) String lang,
                      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return themes.detail(id, localizers.of(lang, acceptLanguage));
    }
}
