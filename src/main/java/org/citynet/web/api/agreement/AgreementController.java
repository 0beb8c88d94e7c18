package org.citynet.web.api.agreement;

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
 * {@code GET /api/agreements} (filters {@code ?city=}, {@code ?type=twinning|partnership|mou|other},
 * {@code ?inForce=YYYY|YYYY-MM|YYYY-MM-DD}, see {@link InForceRule}) and {@code GET /api/agreements/{id}}.
 * Labels follow {@code ?lang=}, then Accept-Language.
 */
@RestController
@RequestMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
class AgreementController {

    private final AgreementService agreements;
    private final Localizers localizers;

    AgreementController(AgreementService agreements, Localizers localizers) {
        this.agreements = agreements;
        this.localizers = localizers;
    }

    @GetMapping
    AgreementList list(@RequestParam(required = false) String city, @RequestParam(required = false) String type,
                       @RequestParam(required = false) String inForce, @RequestParam(required = false) String lang,
                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return agreements.list(city, type, inForce, localizers.of(lang, acceptLanguage));
    }

    @GetMapping("/{id}")
    AgreementDetail agreement(@PathVariable String id, @RequestParam(required = false) String lang,
                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                              String acceptLanguage) {
        return agreements.detail(id, localizers.of(lang, acceptLanguage));
    }
}
