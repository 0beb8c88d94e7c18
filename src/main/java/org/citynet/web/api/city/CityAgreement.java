package org.citynet.web.api.city;

import java.util.List;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;

/**
 * An agreement on a city's page: as in {@code /api/agreements/{id}}, but naming the other parties only.
 *
 * @param type           {@code twinning}, {@code partnership}, {@code mou} or {@code other}
 * @param validityStatus how a source presents its validity in words (superseded, called current)
 * @param notStated      what a source explicitly leaves open about it ({@code startDate}, {@code party}, ...)
 * @param evidence       the IRIs of the quotations that state it
 */
public record CityAgreement(String id, String iri, String label, String type, String typeLabel, Ref kind,
                            List<Ref> otherParties, String signingDate, Period validity, List<Ref> validityStatus,
                            List<String> notStated, List<Ref> themes, List<String> sources,
                            List<String> evidence) {
}
