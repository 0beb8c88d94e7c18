package org.citynet.api.agreement;

/**
 * Whether an agreement is in force on a date, at the precision of the data: its known start (validity
 * start, or the signing date when no validity start is given) is at or before the date, and it has no
 * stated end or an end at or after the date, each pair compared at the coarser of the two precisions (an
 * end of "2015" is in force on 2015-06-30; a start of 2005-10-01 is in force in "2005" but not on
 * 2005-09-30). An agreement with no known start is not judged.
 */
public record InForceRule(PartialDate date) {

    /** The rule in words, for answers and documentation. */
    public static final String DESCRIPTION = "In force = a known start (validity start, else signing date) at or"
            + " before the date and no end or an end at or after it, each compared at the coarser of the two"
            + " precisions (an end of \"2015\" is in force on 2015-06-30). Agreements with no known start are"
            + " not judged and are listed in withoutKnownStart instead.";

    public enum Status { IN_FORCE, NOT_IN_FORCE, UNKNOWN_START }

    /**
     * @param validFrom the validity start's lexical form, may be null
     * @param signed    the signing date's lexical form, may be null
     * @param validTo   the validity end's lexical form, may be null
     */
    public Status status(String validFrom, String signed, String validTo) {
        PartialDate start = PartialDate.fromData(validFrom).or(() -> PartialDate.fromData(signed)).orElse(null);
        if (start == null) {
            return Status.UNKNOWN_START;
        }
        boolean started = start.compareAtCommonPrecision(date) <= 0;
        boolean notEnded = PartialDate.fromData(validTo).map(end -> end.compareAtCommonPrecision(date) >= 0)
                .orElse(true);
        return started && notEnded ? Status.IN_FORCE : Status.NOT_IN_FORCE;
    }
}
