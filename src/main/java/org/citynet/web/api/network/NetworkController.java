package org.citynet.web.api.network;

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
 * {@code GET /api/networks} (city networks, working groups and cooperation bodies, each with a
 * {@code type}) and {@code GET /api/networks/{id}}: the id is looked up as {@code id/network/{id}}, then
 * {@code id/working-group/{id}}, then {@code id/body/{id}}; if more than one exists, the network wins.
 */
@RestController
@RequestMapping(path = "/api/networks", produces = MediaType.APPLICATION_JSON_VALUE)
class NetworkController {

    private final NetworkService networks;
    private final Localizers localizers;

    NetworkController(NetworkService networks, Localizers localizers) {
        this.networks = networks;
        this.localizers = localizers;
    }

    @GetMapping
    ApiList<NetworkSummary> list(@RequestParam(required = false) String lang,
                                 @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                 String acceptLanguage) {
        return networks.list(localizers.of(lang, acceptLanguage));
    }

    @GetMapping("/{id}")
    NetworkDetail network(@PathVariable String id, @RequestParam(required = false) String lang,
                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                          String acceptLanguage) {
        return networks.detail(id, localizers.of(lang, acceptLanguage));
    }
}
