package org.citynet.kernel.rdf;

import java.util.Collection;

/**
 * An agreement's validity as the sources give it — its dates and whether a source presents it as
 * superseded ({@code cn:validityStatus} {@link Vocabulary#SUPERSEDED}) — and the service's one answer to
 * "was it in force on that date?". Every feature that asks (the API's {@code inForce} filter, the
 * comparison's {@code asOf}, the named query {@code agreements-in-force}) must reach the same verdict:
 *
 * <ul>
 *   <li>{@link Verdict#NOT_IN_FORCE} before its known start (validity start, else signing date), or after
 *       its stated end, each compared at the coarser of the two precisions ({@link Period#covers});</li>
 *   <li>{@link Verdict#END_UNKNOWN} if a source presents it as superseded and no end is stated: it stopped
 *       being in force at a time the sources do not give, so it is never called in force (the first
 *       Espoo–Shanghai memorandum, 1999);</li>
 *   <li>{@link Verdict#START_UNKNOWN} if neither a validity start nor a signing date is known (then only
 *       the end can be compared: {@link #period()} is open at the start);</li>
 *   <li>{@link Verdict#IN_FORCE} otherwise.</li>
 * </ul>
 *
 * Immutable.
 *
 * @param validFrom  the validity start, may be null
 * @param signed     the signing date, may be null
 * @param validTo    the validity end, may be null
 * @param superseded whether a source presents the agreement as superseded by a later one
 */
public record AgreementValidity(PartialDate validFrom, PartialDate signed, PartialDate validTo, boolean superseded) {

    /** What the sources allow to say about an agreement on a date. */
    public enum Verdict { IN_FORCE, NOT_IN_FORCE, START_UNKNOWN, END_UNKNOWN }

    /**
     * From the data's lexical forms (any may be null or not a date, then it counts as unknown) and the
     * agreement's {@code cn:validityStatus} IRIs.
     */
    public static AgreementValidity of(String validFrom, String signed, String validTo,
                                       Collection<String> validityStatuses) {
        return new AgreementValidity(date(validFrom), date(signed), date(validTo),
                validityStatuses != null && validityStatuses.contains(Vocabulary.SUPERSEDED));
    }

    /** Its period: the signing date stands in for a missing validity start ({@link Period#ofAgreement}). */
    public Period period() {
        return Period.ofAgreement(validFrom, signed, validTo);
    }

    /** Superseded according to a source, with no end stated: in force at no date the sources let us name. */
    public boolean endUnknown() {
        return superseded && validTo == null;
    }

    /** The verdict for {@code date}. */
    public Verdict on(PartialDate date) {
        Period period = period();
        if (period.start() != null && PartialDate.compareAtCommonPrecision(period.start(), date) > 0
                || period.end() != null && PartialDate.compareAtCommonPrecision(date, period.end()) > 0) {
            return Verdict.NOT_IN_FORCE;
        }
        if (endUnknown()) {
            return Verdict.END_UNKNOWN;
        }
        return period.start() == null ? Verdict.START_UNKNOWN : Verdict.IN_FORCE;
    }

    private static PartialDate date(String lexical) {
        return lexical == null ? null : PartialDate.parseLexical(lexical).orElse(null);
    }
}
