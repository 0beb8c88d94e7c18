package org.citynet.web.api.city;

import java.util.List;
import java.util.Map;

import org.citynet.web.api.SourceView;
import org.citynet.web.api.Text;

/**
 * The answer of {@code GET /api/cities/{id}}: the city with its labels in every language, its country,
 * memberships, twin cities, agreements, partnerships and offices, and the source documents all of these
 * rest on.
 */
public record CityDetail(String id, String iri, String label, Map<String, String> labels, List<Text> altLabels,
                         CountryView country, List<Text> descriptions, List<MembershipView> memberships,
                         List<TwinCity> twinCities, List<CityAgreement> agreements,
                         List<PartnershipView> partnerships, List<OfficeView> offices, List<String> languages,
                         List<SourceView> sources) {
}
