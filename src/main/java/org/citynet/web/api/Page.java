package org.citynet.web.api;

/**
 * A page of a paginated answer once the true total is known: which pages exist and which links lead to
 * the others. An empty answer still has one (empty) page, so that page 1 is always a valid request.
 *
 * @param number the page, counted from 1
 * @param size   rows per page
 * @param total  rows of the whole answer, counted by the store
 */
public record Page(int number, int size, long total) {

    public Page {
        if (number < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + number + " of size " + size + " with total " + total);
        }
    }

    public static Page of(PageRequest request, long total) {
        return new Page(request.number(), request.size(), total);
    }

    /** How many pages there are (at least one). */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean exists() {
        return number <= pages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** What a client is told when it asks for a page after the last. */
    public String missing() {
        long pages = pages();
        return "Page " + number + " does not exist: there " + (pages == 1 ? "is 1 page" : "are " + pages + " pages")
                + " of at most " + size + " rows (" + total + " rows in all)";
    }
}
