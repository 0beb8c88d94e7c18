package org.citynet.tools.generator;

import org.apache.jena.graph.Node;

/**
 * Writes the graph of source 0, the synthetic register: every country (with its ISO code), every network
 * (kind, themes, founding year) and every working group (the network it belongs to, its theme). Cities'
 * graphs only point at these.
 */
final class RegisterWriter {

    private final Layout layout;
    private final Statements out;
    private final Tally tally;
    private final Node source = Ids.source(0);

    RegisterWriter(Layout layout, Statements out, Tally tally) {
        this.layout = layout;
        this.out = out;
        this.tally = tally;
    }

    void write() {
        out.graph(Ids.sourceGraph(0));
        Country.ALL.forEach(this::writeCountry);
        layout.networks().forEach(this::writeNetwork);
    }

    private void writeCountry(Country country) {
        Node node = Ids.country(country.code());
        out.add(node, Terms.TYPE, Terms.COUNTRY);
        out.labels(node, country.fi(), country.sv(), country.en());
        out.add(node, Terms.ISO_CODE, Terms.string(country.code()));
        out.add(node, Terms.DERIVED_FROM, source);
        tally.count(Tally.Kind.COUNTRY);
    }

    private void writeNetwork(Network network) {
        Node node = Ids.network(network.number());
        out.add(node, Terms.TYPE, Terms.CITY_NETWORK);
        out.add(node, Terms.TYPE, network.formal() ? Terms.FORMAL_ORGANIZATION : Terms.COLLABORATION);
        out.labels(node, network.label("fi"), network.label("sv"), network.label("en"));
        out.add(node, Terms.CLASSIFICATION, network.kind().iri());
        network.themes().forEach(theme -> out.add(node, Terms.SUBJECT, theme.iri()));
        if (network.founded() > 0) {
            out.add(node, Terms.FOUNDING_DATE, Terms.year(network.founded()));
        }
        out.add(node, Terms.DERIVED_FROM, source);
        tally.count(Tally.Kind.NETWORK);
        for (int group = 1; group <= network.groups(); group++) {
            writeWorkingGroup(network, group);
        }
    }

    private void writeWorkingGroup(Network network, int group) {
        Node node = Ids.workingGroup(network.number(), group);
        Concept theme = network.groupTheme(group, layout.popularThemes());
        out.add(node, Terms.TYPE, Terms.WORKING_GROUP);
        out.labels(node, network.groupLabel(group, theme, "fi"), network.groupLabel(group, theme, "sv"),
                network.groupLabel(group, theme, "en"));
        out.add(node, Terms.UNIT_OF, Ids.network(network.number()));
        out.add(node, Terms.SUBJECT, theme.iri());
        out.add(node, Terms.DERIVED_FROM, source);
        tally.count(Tally.Kind.WORKING_GROUP);
    }
}
