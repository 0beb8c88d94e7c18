package org.citynet.web.api.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.api.PageRequest;

/**
 * A call of a named query as the client sent it: the query's name, its parameter values (still text)
 * and the reserved {@code page}/{@code pageSize} values, if given. Nothing is interpreted yet.
 *
 * @param page     the {@code page} value, or null
 * @param pageSize the {@code pageSize} value, or null
 */
public record NamedQueryRequest(String name, Map<String, String> parameters, String page, String pageSize) {

    public NamedQueryRequest {
        parameters = Map.copyOf(parameters);
    }

    /** From the request's query parameters; a parameter given twice is refused rather than guessed at. */
    public static NamedQueryRequest of(String name, Map<String, List<String>> query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((key, values) -> {
            if (values.size() > 1) {
                throw new InvalidParameterException(key, "is given " + values.size() + " times; give it once");
            }
            parameters.put(key, values.isEmpty() || values.get(0) == null ? "" : values.get(0));
        });
        String page = parameters.remove(PageRequest.PAGE);
        String pageSize = parameters.remove(PageRequest.PAGE_SIZE);
        return new NamedQueryRequest(name, parameters, page, pageSize);
    }

    public boolean asksForAPage() {
        return page != null || pageSize != null;
    }
}
