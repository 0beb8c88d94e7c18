package org.citynet.web.api;

import org.citynet.web.system.InvalidParameterException;

/**
 * The page a client asked for of a paginated named query: {@code page} (from 1) and {@code pageSize}
 * (from 1 to the configured maximum). Both are validated here, before anything runs, so that a mistake
 * is a 400 naming the parameter.
 *
 * @param number the page, counted from 1
 * @param size   rows per page
 */
public record PageRequest(int number, int size) {

    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";

    /**
     * @param page        the {@code page} request parameter, or null for the first page
     * @param pageSize    the {@code pageSize} request parameter, or null for the query's own page size
     * @param defaultSize the page size of the query's {@code #+ pagination:} decorator
     * @param maxSize     {@code citynet.named-queries.max-page-size}
     */
    public static PageRequest of(String page, String pageSize, int defaultSize, int maxSize) {
        int number = page == null ? 1 : positive(PAGE, page);
        int size = pageSize == null ? Math.min(defaultSize, maxSize) : positive(PAGE_SIZE, pageSize);
        if (size > maxSize) {
            throw new InvalidParameterException(PAGE_SIZE, "must be at most " + maxSize + ", not " + size);
        }
        return new PageRequest(number, size);
    }

    private static int positive(String name, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message as a number below 1
        }
        String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        throw new InvalidParameterException(name, "must be a whole number of at least 1, not '" + shown + "'");
    }

    /** Rows skipped before this page. */
    public long offset() {
        return (long) (number - 1) * size;
    }
}
