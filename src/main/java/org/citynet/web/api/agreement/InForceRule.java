package org.citynet.web.api.agreement;

import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;

/**
 * Whether an agreement is in force on a date, by the service's one rule ({@link Period#ofAgreement},
 * {@link Period#covers}): its known start (validity start, or the signing date when no validity start is
 * given) is at or before the date, and it has no stated end or an end at or after the date, each pair
 * compared at the coarser of the two precisions (an end of "2015" is in force on 2015-06-30; a start of
 * 2005-10-01 is in force in "2005" but not on 2005-09-30). The API's own policy: an agreement with no
 * known start is not judged.
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
        Period period = Period.ofAgreement(date(validFrom), date(signed), date(validTo));
        if (period.start() == null) {
            return Status.UNKNOWN_START;
        }
        return period.covers(date) ? Status.IN_FORCE : Status.NOT_IN_FORCE;
    }

    private static PartialDate date(String lexical) {
        return PartialDate.parseLexical(lexical).orElse(null);
    }
}
