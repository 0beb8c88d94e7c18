package org.citynet.compare;

/**
 * When a membership or agreement holds, as far as the sources say: either end may be unknown (null). A
 * missing start means "since a time the sources do not give", a missing end means "no end the sources
 * give" (an open end); both are treated as unbounded on that side. Immutable.
 */
public record Period(PartialDate start, PartialDate end) {

    public static final Period UNKNOWN = new Period(null, null);

    /** Whether the sources give at least one end of the period. */
    public boolean known() {
        return start != null || end != null;
    }

    /**
     * Whether the period covers {@code date}, comparing at the precision both sides have: a membership
     * ending in "2015" covers 2015-12-31, one starting in "2016" does not.
     */
    public boolean covers(PartialDate date) {
        return (start == null || PartialDate.compareAtCommonPrecision(start, date) <= 0)
                && (end == null || PartialDate.compareAtCommonPrecision(date, end) <= 0);
    }
}
