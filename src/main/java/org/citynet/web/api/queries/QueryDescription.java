package org.citynet.web.api.queries;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code GET /api/queries}: what a named query is for, how to call it and where.
 *
 * @param pageSize the default page size of a paginated query, or null
 * @param url      the absolute URL of the operation that runs it
 */
public record QueryDescription(String name, String summary, String description, List<Parameter> parameters,
                               boolean paginated, Integer pageSize, String url) {

    /**
     * A parameter of a named query.
     *
     * @param type         {@code iri}, {@code string}, {@code language}, {@code integer}, {@code date} or {@code year}
     * @param defaultValue the value used when the parameter is absent; null when it is required
     */
    public record Parameter(String name, String type, boolean required,
                            @JsonProperty("default") String defaultValue, String description) {
    }

    public static QueryDescription of(NamedQuery query, String url) {
        List<Parameter> parameters = query.parameters().stream()
                .map(p -> new Parameter(p.name(), p.type().name().toLowerCase(Locale.ROOT), p.required(),
                        p.defaultValue(), p.description()))
                .toList();
        return new QueryDescription(query.name(), query.summary(), query.description(), parameters,
                query.paginated(), query.paginated() ? query.pageSize() : null, url);
    }
}
