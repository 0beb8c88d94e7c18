package org.citynet.kernel.rdf;

/**
 * When a membership or agreement holds, as far as the sources say: either end may be unknown (null). A
 * missing start means "since a time the sources do not give", a missing end means "no end the sources
 * give" (an open end). {@link #covers} is the one "in force on a date" rule of the service; what to do
 * with a period that has no known start is each feature's own policy. Immutable.
 */
public record Period(PartialDate start, PartialDate end) {

    public static final Period UNKNOWN = new Period(null, null);

    /**
     * An agreement's period: it is not in force before it is signed, so the signing date stands in for a
     * missing validity start.
     *
     * @param validFrom the validity start, may be null
     * @param signed    the signing date, may be null
     * @param validTo   the validity end, may be null
     */
    public static Period ofAgreement(PartialDate validFrom, PartialDate signed, PartialDate validTo) {
        return new Period(validFrom != null ? validFrom : signed, validTo);
    }

    /** Whether the sources give at least one end of the period. */
    public boolean known() {
        return start != null || end != null;
    }

    /**
     * Whether the period covers {@code date}: a start at or before it and an end at or after it, each pair
     * compared at the precision both sides have (a membership ending in "2015" covers 2015-12-31, one
     * starting in "2016" does not); a missing end is open on that side.
     */
    public boolean covers(PartialDate date) {
        return (start == null || PartialDate.compareAtCommonPrecision(start, date) <= 0)
                && (end == null || PartialDate.compareAtCommonPrecision(date, end) <= 0);
    }
}
