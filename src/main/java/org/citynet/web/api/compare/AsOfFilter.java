package org.citynet.web.api.compare;

import org.citynet.kernel.rdf.AgreementValidity;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;

/**
 * Which memberships and agreements count: with no {@code asOf} date, all of them; with one, those whose
 * period {@link Period#covers covers} it, plus — as the {@link UndatedPolicy} says — those with no known
 * period at all. Immutable.
 *
 * @param asOf    null for "whatever the period"
 * @param undated what to do with items without a known period; only used with a date
 */
public record AsOfFilter(PartialDate asOf, UndatedPolicy undated) {

    public static final AsOfFilter NONE = new AsOfFilter(null, UndatedPolicy.INCLUDE);

    public AsOfFilter {
        if (undated == null) {
            throw new IllegalArgumentException("undated policy is required");
        }
    }

    /**
     * By the service's one rule ({@link AgreementValidity#on}), as the API's {@code inForce} and the named
     * query {@code agreements-in-force} judge: an agreement a source presents as superseded without stating
     * its end is in force at no date we can name, so a dated comparison never counts it.
     */
    public boolean admits(AgreementValidity validity) {
        return !(asOf != null && validity.endUnknown()) && admits(validity.period());
    }

    public boolean admits(Period period) {
        if (asOf == null) {
            return true;
        }
        if (!period.known()) {
            return undated == UndatedPolicy.INCLUDE;
        }
        return period.covers(asOf);
    }

    /** The policy in words, for the answer. */
    public String description() {
        if (asOf == null) {
            return "No asOf date given: every membership and agreement the sources state is counted, whatever"
                    + " its period.";
        }
        String dated = "Counted as in force on " + asOf + ": items whose period covers it, compared at the"
                + " precision both dates have (a year covers all its months and days); a missing start or end"
                + " is taken as open on that side, and an agreement without a start date starts at its signing"
                + " date if known; an agreement a source presents as superseded without stating its end is not counted. ";
        String undatedText = undated == UndatedPolicy.INCLUDE
                ? "Items whose period the sources do not give are included (undated=include) and flagged"
                + " periodKnown=false."
                : "Items whose period the sources do not give are left out (undated=exclude).";
        return dated + undatedText;
    }
}
