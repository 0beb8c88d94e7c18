package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.citynet.kernel.rdf.PartialDate;
import org.citynet.web.system.InvalidParameterException;

/**
 * A validated comparison request: two to {@value #MAX_CITIES} distinct city ids and the asOf filter. Every
 * mistake is refused with an {@link InvalidParameterException} naming the parameter (400), before any
 * query runs; whether the cities exist is checked later, against the data (404). Immutable.
 *
 * @param cities city ids (slugs such as {@code espoo}), in the order asked
 */
public record CompareRequest(List<String> cities, AsOfFilter filter) {

    /** More cities make the pairwise matrix (n² cells) unwieldy to read and costly to compute. */
    public static final int MAX_CITIES = 10;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public CompareRequest {
        cities = List.copyOf(cities);
    }

    /**
     * @param cities  comma-separated city ids (repeated {@code cities} parameters arrive joined by commas)
     * @param asOf    {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or null
     * @param undated {@code include}, {@code exclude} or null (include)
     */
    public static CompareRequest parse(String cities, String asOf, String undated) {
        return new CompareRequest(cityIds(cities), filter(asOf, undated));
    }

    private static List<String> cityIds(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameterException("cities", "is required: give two or more city ids separated by"
                    + " commas, e.g. cities=espoo,helsinki");
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_CITIES) {
            throw new InvalidParameterException("cities", "names " + parts.length + " cities; at most " + MAX_CITIES
                    + " can be compared at once");
        }
        List<String> ids = new ArrayList<>();
        for (String part : parts) {
            String id = part.strip();
            if (id.isEmpty()) {
                throw new InvalidParameterException("cities", "has an empty entry: separate city ids by single"
                        + " commas, e.g. cities=espoo,helsinki");
            }
            if (!SLUG.matcher(id).matches()) {
                throw new InvalidParameterException("cities", "contains '" + abbreviate(id) + "', which is not a"
                        + " city id (lower-case letters, digits and hyphens, e.g. espoo)");
            }
            if (ids.contains(id)) {
                throw new InvalidParameterException("cities", "names '" + id + "' more than once");
            }
            ids.add(id);
        }
        if (ids.size() < 2) {
            throw new InvalidParameterException("cities", "names only '" + ids.get(0) + "'; give at least two"
                    + " cities to compare, e.g. cities=espoo,helsinki");
        }
        return ids;
    }

    private static AsOfFilter filter(String asOf, String undated) {
        UndatedPolicy policy = UndatedPolicy.INCLUDE;
        if (undated != null) {
            try {
                policy = UndatedPolicy.parse(undated.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("undated", e.getMessage() + ", not '" + abbreviate(undated) + "'");
            }
        }
        if (asOf == null) {
            return new AsOfFilter(null, policy);
        }
        try {
            return new AsOfFilter(PartialDate.parseRequest(asOf.strip()), policy);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("asOf", e.getMessage() + ", not '" + abbreviate(asOf) + "'");
        }
    }

    /** Client input is echoed, but never at length. */
    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
