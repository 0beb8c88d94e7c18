package org.citynet.tools.generator;

import org.apache.jena.graph.Node;

/**
 * One membership of a city: in a network, or (when {@code group > 0}) in one of the network's working
 * groups.
 *
 * @param network the network's number
 * @param group   0 for the network itself, else the working group's number within the network
 * @param role    a role of the real role scheme
 * @param period  when
 */
record PlannedMembership(int network, int group, Node role, Period period) {

    Node organization() {
        return group == 0 ? Ids.network(network) : Ids.workingGroup(network, group);
    }

    Node iri(int city) {
        return group == 0 ? Ids.membership(city, network) : Ids.groupMembership(city, network, group);
    }
}
