package org.citynet.web.api.city;

import java.util.List;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;
import org.citynet.web.api.Text;

/**
 * A partnership of a city: its kind, the other partners (cities, groups, countries), what it is about and,
 * where the sources say, since when.
 */
public record PartnershipView(String id, String iri, Ref kind, List<Ref> otherPartners, List<Ref> themes,
                              Period period, List<Text> descriptions, List<String> sources) {
}
