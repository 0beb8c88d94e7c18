package org.citynet.web.api.network;

import org.citynet.web.api.ApiList;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizers;
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

/**
 * {@code GET /api/networks} (city networks, working groups and cooperation bodies, each with a
 * {@code type}) and {@code GET /api/networks/{id}}: the id is looked up as {@code id/network/{id}}, then
 * {@code id/working-group/{id}}, then {@code id/body/{id}}; if more than one exists, the network wins.
 */
@RestController
@Tag(name = OpenApiConfiguration.TAG_NETWORKS)
@ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
@ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
@RequestMapping(path = "/api/networks", produces = MediaType.APPLICATION_JSON_VALUE)
class NetworkController {

    private final NetworkService networks;
    private final ListPages pages;
    private final Localizers localizers;

    NetworkController(NetworkService networks, ListPages pages, Localizers localizers) {
        this.networks = networks;
        this.pages = pages;
        this.localizers = localizers;
    }

    @Operation(operationId = "listNetworks", summary = "List the networks, working groups and cooperation bodies",
            description = "City networks, their working groups and regional or national cooperation bodies, sorted"
                    + " by label, a page at a time (`page`, `pageSize`; X-Total-Count counts them all, Link leads"
                    + " to the other pages); `type` tells which (network, working-group, body).")
    @ApiResponse(responseCode = "200", description = "A page of the networks, working groups and bodies",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping
    ResponseEntity<ApiList<NetworkSummary>> list(
            @Parameter(description = OpenApiConfiguration.PAGE) @RequestParam(required = false) String page,
            @Parameter(description = OpenApiConfiguration.PAGE_SIZE) @RequestParam(required = false) String pageSize,
            @Parameter(description = OpenApiConfiguration.LANG) @RequestParam(required = false) String lang,
            @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ApiList<NetworkSummary> answer = networks.list(pages.request(page, pageSize), localizers.of(lang, acceptLanguage));
        return ListPages.response(answer.total(), answer.page(), answer.pageSize(), answer);
    }

    @Operation(operationId = "getNetwork", summary = "Describe a network, working group or cooperation body",
            description = "Members with role and period, working groups or the parent network, themes and a body's"
                    + " agreement, with sources. The id is looked up as a network, then a working group, then a"
                    + " body.")
    @ApiResponse(responseCode = "200", description = "The network, working group or body", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping("/{id}")
    NetworkDetail network(@Parameter(description = "The id: the last segment of its IRI", example = "eurocities")
                          @PathVariable String id,
                          @Parameter(description = OpenApiConfiguration.LANG)
                          @RequestParam(required = false) String lang,
                          @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                          String acceptLanguage) {
        return networks.detail(id, localizers.of(lang, acceptLanguage));
    }
}
