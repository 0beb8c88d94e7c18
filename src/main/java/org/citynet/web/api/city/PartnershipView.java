package org.citynet.web.api.city;

import java.util.List;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;
import org.citynet.web.api.Text;

/**
 * A partnership of a city: its kinds, the other partners (cities, groups, countries), what it is about and,
 * where the sources say, since when.
 *
 * @param kinds    what kind of partnership it is, as each source calls it (Helsinki–Tallinn: a "partnership
 *                 target area" in one source, a "key bilateral partnership" in another), sorted by label
 * @param evidence the IRIs of the quotations that state it; their words are in the answer's
 *                 {@code sources[].quotes}
 */
public record PartnershipView(String id, String iri, List<Ref> kinds, List<Ref> otherPartners, List<Ref> themes,
                              Period period, List<Text> descriptions, List<String> sources, List<String> evidence) {
}
