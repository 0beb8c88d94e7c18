package org.citynet.tools.generator;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Writes the agreements and partnerships a city's source states: twinning agreements (two cities,
 * {@code cn:twinnedWith} in both directions), partnership agreements and memoranda of understanding with
 * one or two partner cities, signing dates or validity periods and themes, and partnerships
 * ({@code cn:Partnership}) of a kind from the real scheme, with cities or a country as partners.
 */
final class AgreementWriter {

    private final Layout layout;
    private final Statements out;
    private final Tally tally;
    private final TwinPlan twins;

    AgreementWriter(Layout layout, Statements out, Tally tally) {
        this.layout = layout;
        this.out = out;
        this.tally = tally;
        this.twins = new TwinPlan(layout);
    }

    void write(int city, Node source, String language) {
        for (int partner : twins.statedBy(city)) {
            writeTwinning(city, partner, source, language);
        }
        Draw draw = Draw.of(layout.settings().seed(), Draw.Stream.AGREEMENTS, city);
        int agreements = (int) (5 * StrictMath.pow(draw.unit(), 2));
        for (int number = 1; number <= agreements; number++) {
            writeAgreement(city, number, draw, source, language);
        }
        Draw partnershipDraw = Draw.of(layout.settings().seed(), Draw.Stream.PARTNERSHIPS, city);
        int partnerships = (int) (4 * StrictMath.pow(partnershipDraw.unit(), 2));
        for (int number = 1; number <= partnerships; number++) {
            writePartnership(city, number, partnershipDraw, source);
        }
    }

    private void writeTwinning(int city, int partner, Node source, String language) {
        Draw draw = Draw.of(layout.settings().seed(), Draw.Stream.TWINNING, ((long) city << 32) | partner);
        Node agreement = Ids.twinning(city, partner);
        out.add(agreement, Terms.TYPE, Terms.TWINNING_AGREEMENT);
        out.add(agreement, Terms.PARTY, Ids.city(city));
        out.add(agreement, Terms.PARTY, Ids.city(partner));
        if (draw.chance(0.7)) {
            out.add(agreement, Terms.SIGNING_DATE, Terms.year(draw.between(1950, 2023)));
        }
        writeThemes(agreement, draw, 1 + draw.skewed(3, 2));
        if (draw.chance(0.3)) {
            out.add(agreement, Terms.DESCRIPTION, Terms.text(Phrases.twins(layout.cityName(city).name(language),
                    layout.cityName(partner).name(language), language), language));
        }
        out.add(agreement, Terms.DERIVED_FROM, source);
        out.add(Ids.city(city), Terms.TWINNED_WITH, Ids.city(partner));
        out.add(Ids.city(partner), Terms.TWINNED_WITH, Ids.city(city));
        tally.count(Tally.Kind.TWINNING);
    }

    private void writeAgreement(int city, int number, Draw draw, Node source, String language) {
        Set<Integer> partners = partners(city, draw, draw.chance(0.2) ? 2 : 1);
        boolean memorandum = draw.chance(0.5);
        Node agreement = Ids.agreement(city, number);
        out.add(agreement, Terms.TYPE, memorandum ? Terms.MEMORANDUM : Terms.PARTNERSHIP_AGREEMENT);
        out.add(agreement, Terms.PARTY, Ids.city(city));
        partners.forEach(partner -> out.add(agreement, Terms.PARTY, Ids.city(partner)));
        if (draw.chance(0.65)) {
            int year = draw.between(1990, 2024);
            out.add(agreement, Terms.SIGNING_DATE, draw.chance(0.25)
                    ? Terms.date(year, draw.between(1, 12), draw.between(1, 28)) : Terms.year(year));
        }
        Period.draw(draw, 1995, 2024, 0.45, 0.7).writeFor(agreement, out);
        writeThemes(agreement, draw, 1 + draw.skewed(6, 2));
        if (draw.chance(0.4)) {
            String partner = layout.cityName(partners.iterator().next()).name(language);
            out.add(agreement, Terms.DESCRIPTION, Terms.text(Phrases.agreement(layout.cityName(city).name(language),
                    partner, memorandum, language), language));
        }
        out.add(agreement, Terms.DERIVED_FROM, source);
        tally.count(Tally.Kind.AGREEMENT);
    }

    private void writePartnership(int city, int number, Draw draw, Node source) {
        Node partnership = Ids.partnership(city, number);
        out.add(partnership, Terms.TYPE, Terms.PARTNERSHIP);
        out.add(partnership, Terms.PARTNERSHIP_KIND, draw.pick(layout.vocabulary().partnershipKinds()).iri());
        out.add(partnership, Terms.PARTNER, Ids.city(city));
        if (draw.chance(0.2)) {
            out.add(partnership, Terms.PARTNER, Ids.country(Country.ALL.get(draw.below(Country.ALL.size())).code()));
        } else {
            partners(city, draw, 1 + draw.below(2)).forEach(partner ->
                    out.add(partnership, Terms.PARTNER, Ids.city(partner)));
        }
        Period.draw(draw, 2000, 2024, 0.3, 0.3).writeFor(partnership, out);
        writeThemes(partnership, draw, draw.below(4));
        out.add(partnership, Terms.DERIVED_FROM, source);
        tally.count(Tally.Kind.PARTNERSHIP);
    }

    /** Up to {@code count} distinct other cities, hubs preferred; at least one. */
    private Set<Integer> partners(int city, Draw draw, int count) {
        Set<Integer> partners = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 3 * count && partners.size() < count; attempt++) {
            int partner = layout.popularCity(draw);
            if (partner != city) {
                partners.add(partner);
            }
        }
        if (partners.isEmpty()) {
            partners.add(city % layout.settings().cities() + 1);
        }
        return partners;
    }

    private void writeThemes(Node subject, Draw draw, int count) {
        Set<Node> themes = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            themes.add(layout.theme(draw).iri());
        }
        themes.forEach(theme -> out.add(subject, Terms.SUBJECT, theme));
    }
}
