package org.citynet.web.api;

import java.util.regex.Pattern;

import org.citynet.kernel.rdf.PartialDate;
import org.citynet.web.system.InvalidParameterException;

/** Checks of the API's filter parameters; a wrong value is a 400 naming the parameter, never a 404 or 500. */
public final class ApiParameters {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private ApiParameters() {
    }

    /** A short id such as {@code espoo} or {@code fi}, or null if the parameter is absent. */
    public static String slug(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidParameterException(parameter,
                    "must be a short id of lower-case letters, digits and '-', such as espoo, not '"
                            + abbreviate(value) + "'");
        }
        return value;
    }

    /**
     * A date a client gives: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, and a real one.
     *
     * @throws InvalidParameterException naming the parameter otherwise
     */
    public static PartialDate date(String parameter, String value) {
        try {
            if (value != null) {
                return PartialDate.parseRequest(value.strip());
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the same answer: 2015-02-30 is as wrong as "yesterday".
        }
        throw new InvalidParameterException(parameter, "must be a year (YYYY), a month (YYYY-MM) or a date"
                + " (YYYY-MM-DD), not '" + abbreviate(String.valueOf(value)) + "'");
    }

    /** Echoes a client's value in a message without echoing a whole page of it. */
    public static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
