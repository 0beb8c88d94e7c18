package org.citynet.web.api.queries;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.citynet.web.api.PageLinks;

/**
 * The named queries of {@code queries/} as an API: {@code GET /api/queries} lists them and
 * {@code GET /api/queries/{name}?param=value[&page=N][&pageSize=M]} runs one. Each query's own operation is
 * documented in OpenAPI by {@link NamedQueryOpenApi}, so the generic mapping here is hidden from it. A query
 * answers in the API's friendly JSON ({@link FriendlyResult}, the default), SPARQL results JSON or CSV, chosen
 * by {@code format=}/{@code output=} or {@code Accept}.
 */
@RestController
@RequestMapping("/api/queries")
@Tag(name = NamedQueryOpenApi.TAG)
class NamedQueryController {

    /** The API's own JSON first: the default; then Jena's writers. */
    static final List<Offer> FORMATS = List.of(Offer.of(MediaType.APPLICATION_JSON), Formats.SPARQL_JSON, Formats.CSV);

    private final NamedQueryService service;
    private final ContentNegotiationManager negotiation;

    NamedQueryController(NamedQueryService service, ContentNegotiationManager mvcContentNegotiationManager) {
        this.service = service;
        this.negotiation = mvcContentNegotiationManager;
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "listNamedQueries", summary = "List the named queries", description = "Every named query"
            + " with its summary, parameters (type, default, whether required), pagination and the URL of the"
            + " operation that runs it.")
    List<QueryDescription> list() {
        return service.all().stream().map(q -> QueryDescription.of(q, operationUrl(q.name()))).toList();
    }

    @Hidden
    @GetMapping(path = "/{name}", produces = {"application/json", "application/sparql-results+json", "text/csv"})
    ResponseEntity<Object> run(@PathVariable String name, @RequestParam MultiValueMap<String, String> parameters,
                               NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        Offer format = ContentNegotiation.choose(FORMATS, negotiation, request);
        NamedQueryAnswer answer = service.run(NamedQueryRequest.of(name, parameters));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .varyBy(HttpHeaders.ACCEPT)
                .contentType(format.contentType())
                .header(PageLinks.TOTAL_COUNT, Long.toString(answer.total()));
        answer.pageIfPaginated().ifPresent(page -> response.header(HttpHeaders.LINK,
                PageLinks.header(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString(), page)));
        return response.body(answer.body(format.lang() == null));
    }

    private static String operationUrl(String name) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/queries/{name}")
                .buildAndExpand(name).toUriString();
    }
}
