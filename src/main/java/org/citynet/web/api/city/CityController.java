package org.citynet.web.api.city;

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

/**
 * {@code GET /api/cities} (optional {@code ?country=fi}, the country's short id) and
 * {@code GET /api/cities/{id}} (the city's short id, e.g. {@code espoo}). Labels follow {@code ?lang=},
 * then Accept-Language, then English, Finnish, Swedish.
 */
@RestController
@RequestMapping(path = "/api/cities", produces = MediaType.APPLICATION_JSON_VALUE)
class CityController {

    private final CityService cities;
    private final Localizers localizers;

    CityController(CityService cities, Localizers localizers) {
        this.cities = cities;
        this.localizers = localizers;
    }

    @GetMapping
    ApiList<CitySummary> list(@RequestParam(required = false) String country,
                              @RequestParam(required = false) String lang,
                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                              String acceptLanguage) {
        return cities.list(country, localizers.of(lang, acceptLanguage));
    }

    @GetMapping("/{id}")
    CityDetail city(@PathVariable String id, @RequestParam(required = false) String lang,
                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return cities.detail(id, localizers.of(lang, acceptLanguage));
    }
}
