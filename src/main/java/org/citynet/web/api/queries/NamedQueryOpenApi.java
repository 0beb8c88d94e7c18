package org.citynet.web.api.queries;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.OpenApiConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.citynet.web.api.PageLinks;
import org.citynet.web.api.PageRequest;

/**
 * Adds one {@code GET /api/queries/{name}} operation per named query to the OpenAPI document, from the
 * catalog loaded at start-up: summary, description, each parameter with a schema from its type, the
 * paging parameters of paginated queries, and the answers (three result formats; the refusals as the shared
 * problem answers of {@link OpenApiConfiguration}).
 * Springdoc calls it when it first builds the document.
 */
@Component
class NamedQueryOpenApi implements OpenApiCustomizer {

    static final String TAG = OpenApiConfiguration.TAG_NAMED_QUERIES;
    private static final String RESULT = "NamedQueryResult";
    private static final String REF = "#/components/schemas/";

    private final NamedQueryCatalog catalog;
    private final int maxPageSize;

    NamedQueryOpenApi(NamedQueryCatalog catalog, CitynetProperties properties) {
        this.catalog = catalog;
        this.maxPageSize = properties.namedQueries().maxPageSize();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        openApi.getComponents().addSchemas(RESULT, NamedQuerySchemas.result());
        for (NamedQuery query : catalog.all()) {
            openApi.path("/api/queries/" + query.name(), new PathItem().get(operation(query)));
        }
    }

    private Operation operation(NamedQuery query) {
        Operation operation = new Operation()
                .operationId(query.name())
                .summary(query.summary())
                .description(description(query))
                .addTagsItem(TAG)
                .responses(responses(query));
        for (QueryParameter p : query.parameters()) {
            operation.addParametersItem(new Parameter().in("query").name(p.name()).required(p.required())
                    .description(p.description().isEmpty() ? p.type().expected() : p.description() + " — "
                            + p.type().expected())
                    .schema(NamedQuerySchemas.parameter(p.type(), p.defaultValue())));
        }
        operation.addParametersItem(new Parameter().in("query").name(PageRequest.PAGE).required(false)
                .description("The page, counted from 1").schema(NamedQuerySchemas.integer(1, null, "1")));
        operation.addParametersItem(new Parameter().in("query").name(PageRequest.PAGE_SIZE).required(false)
                .description("Rows per page, at most " + maxPageSize)
                .schema(NamedQuerySchemas.integer(1, maxPageSize, query.paginated()
                        ? Integer.toString(Math.min(query.pageSize(), maxPageSize)) : null)));
        return operation;
    }

    /** The query's own description, then how it answers: the same for every named query. */
    private String description(NamedQuery query) {
        StringBuilder text = new StringBuilder();
        if (!query.description().isEmpty()) {
            text.append(query.description()).append("\n\n");
        }
        text.append("Runs the SPARQL query `queries/").append(query.name()).append(".rq` with the parameters bound"
                + " into it (never pasted into its text). The answer comes as friendly JSON (default), SPARQL 1.1"
                + " results JSON or CSV, by `format=`/`output=` (json, srj, csv or a media type) or else by Accept,"
                + " with the total number of rows in X-Total-Count.");
        if (query.paginated()) {
            text.append(" Paginated: `page` and `pageSize` (at most ").append(maxPageSize)
                    .append("), with a Link header to the first, previous, next and last pages.");
        } else {
            text.append(" All rows at once while they are no more than the SPARQL row cap; a larger answer, or one"
                    + " asked for with `page` or `pageSize` (at most ").append(maxPageSize)
                    .append("), comes in pages with a Link header to the first, previous, next and last pages.");
        }
        if (query.precompute()) {
            text.append(" Its rows are computed once per data version and every answer is read from them.");
        }
        if (query.unfiltered()) {
            text.append(" Its rows before the parameters filter them are computed once per data version, and each"
                    + " call filters those.");
        }
        if (query.pagedByKey()) {
            text.append(" Paged by `").append(query.pageBy()).append("`: a page holds `pageSize` values of `")
                    .append(query.pageBy()).append("` with all their rows, X-Total-Count counts those values, and"
                    + " their order is read once per data version.");
        }
        return text.toString();
    }

    private static ApiResponses responses(NamedQuery query) {
        Content results = new Content()
                .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(REF + RESULT)))
                .addMediaType("application/sparql-results+json", new MediaType().schema(
                        NamedQuerySchemas.object("SPARQL 1.1 Query Results JSON Format")))
                .addMediaType("text/csv", new MediaType().schema(
                        NamedQuerySchemas.string("SPARQL 1.1 Query Results CSV Format")));
        ApiResponse ok = new ApiResponse().description(query.paginated()
                        ? "One page of the answer; the Link header leads to the first, previous, next and last pages"
                        : "The whole answer, or one page of it (see the description) with a Link header")
                .content(results)
                .addHeaderObject(PageLinks.TOTAL_COUNT, new Header().description("Rows of the whole answer")
                        .schema(NamedQuerySchemas.integer(0, null, null)));
        ok.addHeaderObject("Link", new Header().description("RFC 8288 links with rel first, prev, next, last")
                .schema(NamedQuerySchemas.string(null)));
        ApiResponses responses = new ApiResponses().addApiResponse("200", ok);
        responses.addApiResponse("400", problem("A parameter is missing, of the wrong type or unknown, or a page"
                + " size is too large (the problem names the parameter)"));
        responses.addApiResponse("404", problem("A page after the last"));
        responses.addApiResponse("502", new ApiResponse().$ref(OpenApiConfiguration.RESPONSES
                + OpenApiConfiguration.BAD_GATEWAY));
        responses.addApiResponse("503", new ApiResponse().$ref(OpenApiConfiguration.RESPONSES
                + OpenApiConfiguration.SERVICE_UNAVAILABLE));
        return responses;
    }

    /** A problem answer with this operation's own description of when it is given. */
    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref(REF
                        + OpenApiConfiguration.PROBLEM_DETAIL))));
    }
}
