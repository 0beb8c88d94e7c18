package org.citynet.tools.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Decides the memberships of one city. The number of networks a city belongs to is heavily skewed: half of
 * the cities are in at most five, one in twenty in 28 or more (like capitals active everywhere).
 * Which networks is Zipf-like, so the biggest networks gather a large share of all cities and the tail
 * networks only a handful. Half of the memberships in a network with working groups come with a
 * working-group membership, sometimes as its lead.
 */
final class MembershipPlan {

    private static final int MOST_EXTRA = 32;

    private final Layout layout;

    MembershipPlan(Layout layout) {
        this.layout = layout;
    }

    List<PlannedMembership> of(int city) {
        Draw draw = Draw.of(layout.settings().seed(), Draw.Stream.MEMBERSHIPS, city);
        int wanted = 1 + (int) (MOST_EXTRA * StrictMath.pow(draw.unit(), 3));
        int networks = layout.networks().size();
        Set<Integer> chosen = new LinkedHashSet<>();
        // A city is in a network at most once; a few redraws keep the count close to the wanted one.
        for (int attempt = 0; attempt < 3 * wanted && chosen.size() < Math.min(wanted, networks); attempt++) {
            chosen.add(1 + draw.zipf(networks, 5));
        }
        List<PlannedMembership> memberships = new ArrayList<>();
        for (int number : chosen) {
            Network network = layout.network(number);
            memberships.add(new PlannedMembership(number, 0, role(network, draw),
                    Period.draw(draw, 1985, 2024, 0.7, 0.15)));
            if (network.groups() > 0 && draw.chance(0.5)) {
                int group = draw.between(1, network.groups());
                Node role = draw.chance(0.12) ? layout.vocabulary().lead() : layout.vocabulary().member();
                memberships.add(new PlannedMembership(number, group, role, Period.draw(draw, 2000, 2024, 0.5, 0.2)));
            }
        }
        return memberships;
    }

    private Node role(Network network, Draw draw) {
        Vocabulary roles = layout.vocabulary();
        if (network.kind().iri().getURI().endsWith("/eu-mission") && draw.chance(0.3)) {
            return roles.forerunner();
        }
        return draw.chance(0.25) ? roles.activeMember() : roles.member();
    }
}
