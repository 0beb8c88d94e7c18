package org.citynet.tools.generator;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * Writes one city and its memberships into the graph of the source that describes it: the city with its
 * three labels, country, a point in that country (W3C Basic Geo, as the gazetteer gives every real city)
 * and (for current memberships) the {@code org:memberOf} shortcut the real data states, then one
 * {@code org:Membership} node per membership with role and period. Agreements follow via
 * {@link AgreementWriter}.
 */
final class CityWriter {

    private final Layout layout;
    private final Statements out;
    private final Tally tally;
    private final MembershipPlan memberships;
    private final AgreementWriter agreements;

    CityWriter(Layout layout, Statements out, Tally tally) {
        this.layout = layout;
        this.out = out;
        this.tally = tally;
        this.memberships = new MembershipPlan(layout);
        this.agreements = new AgreementWriter(layout, out, tally);
    }

    /** @param language the language of the source that describes the city */
    void write(int city, String language) {
        Node source = Ids.source(layout.settings().sourceOf(city));
        List<PlannedMembership> planned = memberships.of(city);
        writeCity(city, planned, source, language);
        planned.forEach(membership -> writeMembership(city, membership, source));
        agreements.write(city, source, language);
    }

    private void writeCity(int city, List<PlannedMembership> planned, Node source, String language) {
        Node node = Ids.city(city);
        CityName name = layout.cityName(city);
        Country country = layout.countryOf(city);
        out.add(node, Terms.TYPE, Terms.CITY);
        out.labels(node, name.fi(), name.sv(), name.en());
        out.add(node, Terms.COUNTRY_OF, Ids.country(country.code()));
        String[] point = CountryArea.of(country).point(Draw.of(layout.settings().seed(), Draw.Stream.PLACE, city));
        out.add(node, Terms.LAT, Terms.decimal(point[0]));
        out.add(node, Terms.LONG, Terms.decimal(point[1]));
        if (Draw.of(layout.settings().seed(), Draw.Stream.CITY, city).chance(0.4)) {
            out.add(node, Terms.DESCRIPTION, Terms.text(Phrases.city(name.name(language), country.name(language),
                    language), language));
        }
        planned.stream().filter(membership -> membership.period().current())
                .forEach(membership -> out.add(node, Terms.MEMBER_OF, membership.organization()));
        out.add(node, Terms.DERIVED_FROM, source);
        tally.count(Tally.Kind.CITY);
    }

    private void writeMembership(int city, PlannedMembership membership, Node source) {
        Node node = membership.iri(city);
        out.add(node, Terms.TYPE, Terms.MEMBERSHIP);
        out.add(node, Terms.MEMBER, Ids.city(city));
        out.add(node, Terms.ORGANIZATION, membership.organization());
        out.add(node, Terms.ROLE, membership.role());
        membership.period().writeFor(node, out);
        out.add(node, Terms.DERIVED_FROM, source);
        tally.count(Tally.Kind.MEMBERSHIP);
    }
}
