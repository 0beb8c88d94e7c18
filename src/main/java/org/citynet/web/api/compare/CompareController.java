package org.citynet.web.api.compare;

import org.citynet.web.system.LanguagePreference;
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
    @GetMapping(path = "/api/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    ComparisonAnswer compare(@RequestParam(required = false) String cities,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String undated,
                             @RequestParam(required = false) String lang,
                             @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                             String acceptLanguage) {
        CompareRequest request = CompareRequest.parse(cities, asOf, undated);
        return service.compare(request, LanguagePreference.of(lang, acceptLanguage));
    }
}
