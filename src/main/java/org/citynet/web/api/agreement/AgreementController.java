package org.citynet.web.api.agreement;

import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * {@code GET /api/agreements} (filters {@code ?city=}, {@code ?type=twinning|partnership|mou|other},
 * {@code ?inForce=YYYY|YYYY-MM|YYYY-MM-DD}, see {@link InForceRule}) and {@code GET /api/agreements/{id}}.
 * Labels follow {@code ?lang=}, then Accept-Language.
 */
@RestController
@Tag(name = OpenApiConfiguration.TAG_AGREEMENTS)
@ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
@ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
@RequestMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
class AgreementController {

    private final AgreementService agreements;
    private final ListPages pages;
    private final Localizers localizers;

    AgreementController(AgreementService agreements, ListPages pages, Localizers localizers) {
        this.agreements = agreements;
        this.pages = pages;
        this.localizers = localizers;
    }

    @Operation(operationId = "listAgreements", summary = "List the agreements",
            description = "Agreements with parties, kind, signing date, validity, themes and bodies. With `inForce`,"
                    + " only those in force on that date: known start (validity start, else signing date) at or"
                    + " before it and no end or an end at or after it, each compared at the coarser of the two"
                    + " precisions; agreements without a known start are listed apart, under"
                    + " `inForce.withoutKnownStart`. A page at a time (`page`, `pageSize`; X-Total-Count counts every"
                    + " agreement that passes the filters, Link leads to the other pages).")
    @ApiResponse(responseCode = "200", description = "A page of the agreements", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping
    ResponseEntity<AgreementList> list(@Parameter(description = "Only agreements this city (its id) is a party to",
                               example = "espoo") @RequestParam(required = false) String city,
                       @Parameter(description = "Only agreements of this kind",
                               schema = @Schema(allowableValues = {"twinning", "partnership", "mou", "other"}))
                       @RequestParam(required = false) String type,
                       @Parameter(description = "Only agreements in force on this date: YYYY, YYYY-MM or YYYY-MM-DD",
                               example = "2015-06") @RequestParam(required = false) String inForce,
                       @Parameter(description = OpenApiConfiguration.PAGE) @RequestParam(required = false) String page,
                       @Parameter(description = OpenApiConfiguration.PAGE_SIZE)
                       @RequestParam(required = false) String pageSize,
                       @Parameter(description = OpenApiConfiguration.LANG) @RequestParam(required = false) String lang,
                       @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                       String acceptLanguage) {
        AgreementList answer = agreements.list(city, type, inForce, pages.request(page, pageSize),
                localizers.of(lang, acceptLanguage));
        return ListPages.response(answer.total(), answer.page(), answer.pageSize(), answer);
    }

    @Operation(operationId = "getAgreement", summary = "Describe an agreement",
            description = "One agreement with its parties, kind, dates, validity, themes, bodies and sources.")
    @ApiResponse(responseCode = "200", description = "The agreement", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @GetMapping("/{id}")
    AgreementDetail agreement(@Parameter(description = "The id: the last segment of its IRI",
                                      example = "espoo-kongsberg-twinning") @PathVariable String id,
                              @Parameter(description = OpenApiConfiguration.LANG)
                              @RequestParam(required = false) String lang,
                              @Parameter(description = OpenApiConfiguration.ACCEPT_LANGUAGE)
                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                              String acceptLanguage) {
        return agreements.detail(id, localizers.of(lang, acceptLanguage));
    }
}
