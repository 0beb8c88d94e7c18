package org.citynet.web.api.agreement;

import java.util.Collection;
import java.util.List;

import org.citynet.kernel.rdf.AgreementValidity;
import org.citynet.kernel.rdf.PartialDate;

/**
 * Whether an agreement is in force on a date, by the service's one rule ({@link AgreementValidity#on}): its
 * known start (validity start, or the signing date when no validity start is given) is at or before the
 * date, and it has no stated end or an end at or after the date, each pair compared at the coarser of the
 * two precisions (an end of "2015" is in force on 2015-06-30; a start of 2005-10-01 is in force in "2005"
 * but not on 2005-09-30); an agreement a source presents as superseded without stating its end is never
 * called in force. The API's own policy: an agreement with no known start that has not ended before the
 * date is not judged, nor is a superseded one, and each is listed instead.
 */
public record InForceRule(PartialDate date) {

    /** The rule in words, for answers and documentation. */
    public static final String DESCRIPTION = "In force = a known start (validity start, else signing date) at or"
            + " before the date and no end or an end at or after it, each compared at the coarser of the two"
            + " precisions (an end of \"2015\" is in force on 2015-06-30). Agreements with no known start are"
            + " not judged and are listed in withoutKnownStart instead; agreements a source presents as"
            + " superseded without stating their end (validityStatus superseded, notStated endDate) are never"
            + " called in force and are listed in supersededWithoutEnd, unless they had not started yet.";

    public enum Status { IN_FORCE, NOT_IN_FORCE, UNKNOWN_START, SUPERSEDED_WITHOUT_END }

    /**
     * @param validFrom the validity start's lexical form, may be null
     * @param signed    the signing date's lexical form, may be null
     * @param validTo   the validity end's lexical form, may be null
     */
    public Status status(String validFrom, String signed, String validTo) {
        return status(validFrom, signed, validTo, List.of());
    }

    /** @param validityStatuses the agreement's {@code cn:validityStatus} IRIs */
    public Status status(String validFrom, String signed, String validTo, Collection<String> validityStatuses) {
        return switch (AgreementValidity.of(validFrom, signed, validTo, validityStatuses).on(date)) {
            case IN_FORCE -> Status.IN_FORCE;
            case NOT_IN_FORCE -> Status.NOT_IN_FORCE;
            case START_UNKNOWN -> Status.UNKNOWN_START;
            case END_UNKNOWN -> Status.SUPERSEDED_WITHOUT_END;
        };
    }
}
