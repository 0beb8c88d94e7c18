package org.citynet.web.api.city;

import java.util.List;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;

/**
 * An agreement on a city's page: as in {@code /api/agreements/{id}}, but naming the other parties only.
 *
 * @param type {@code twinning}, {@code partnership}, {@code mou} or {@code other}
 */
public record CityAgreement(String id, String iri, String label, String type, String typeLabel, Ref kind,
                            List<Ref> otherParties, String signingDate, Period validity, List<Ref> themes,
                            List<String> sources) {
}
