package org.citynet.web.api.queries;

import java.util.Map;

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
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds one {@code GET /api/queries/{name}} operation per named query to the OpenAPI document, from the
 * catalog loaded at start-up: summary, description, each parameter with a schema from its type, the
 * paging parameters of paginated queries, and the answers (three result formats, problem details).
 * Springdoc calls it when it first builds the document.
 */
@Component
class NamedQueryOpenApi implements OpenApiCustomizer {

    static final String TAG = "Named queries";
    static final String TOTAL_COUNT = "X-Total-Count";
    private static final String RESULT = "NamedQueryResult";
    private static final String PROBLEM = "Problem";
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
        openApi.getComponents().addSchemas(PROBLEM, NamedQuerySchemas.problem());
        for (NamedQuery query : catalog.all()) {
            openApi.path("/api/queries/" + query.name(), new PathItem().get(operation(query)));
        }
    }

    private Operation operation(NamedQuery query) {
        Operation operation = new Operation()
                .operationId(query.name())
                .summary(query.summary())
                .description(query.description().isEmpty() ? null : query.description())
                .addTagsItem(TAG)
                .responses(responses(query));
        for (QueryParameter p : query.parameters()) {
            operation.addParametersItem(new Parameter().in("query").name(p.name()).required(p.required())
                    .description(p.description().isEmpty() ? p.type().expected() : p.description() + " — "
                            + p.type().expected())
                    .schema(NamedQuerySchemas.parameter(p.type(), p.defaultValue())));
        }
        if (query.paginated()) {
            operation.addParametersItem(new Parameter().in("query").name(PageRequest.PAGE).required(false)
                    .description("The page, counted from 1").schema(NamedQuerySchemas.integer(1, null, "1")));
            operation.addParametersItem(new Parameter().in("query").name(PageRequest.PAGE_SIZE).required(false)
                    .description("Rows per page, at most " + maxPageSize)
                    .schema(NamedQuerySchemas.integer(1, maxPageSize,
                            Integer.toString(Math.min(query.pageSize(), maxPageSize)))));
        }
        return operation;
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
                        : "The whole answer")
                .content(results)
                .addHeaderObject(TOTAL_COUNT, new Header().description("Rows of the whole answer")
                        .schema(NamedQuerySchemas.integer(0, null, null)));
        if (query.paginated()) {
            ok.addHeaderObject("Link", new Header().description("RFC 8288 links with rel first, prev, next, last")
                    .schema(NamedQuerySchemas.string(null)));
        }
        ApiResponses responses = new ApiResponses().addApiResponse("200", ok);
        Map.of("400", "A parameter is missing, of the wrong type or unknown (the problem names it)",
                        "404", query.paginated() ? "No such query, or a page after the last" : "No such query",
                        "406", "None of the accepted media types can be produced",
                        "503", "The query ran longer than allowed (see Retry-After)")
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> responses.addApiResponse(e.getKey(), problem(e.getValue())));
        return responses;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref(REF + PROBLEM))));
    }
}
