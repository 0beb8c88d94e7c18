package org.citynet.web.api.network;

import java.util.List;

import org.citynet.web.api.Localizer;
import org.citynet.web.api.NodeFields;
import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;

/** Turns the fact rows of networks, their members and working groups into the answer's records. */
final class NetworkViews {

    private NetworkViews() {
    }

    static NetworkSummary summary(NodeFields network, Localizer localizer) {
        Ref self = localizer.self(network);
        NetworkType type = NetworkType.of(network.iris("class"));
        return new NetworkSummary(self.id(), self.iri(), type.apiName(), typeLabel(network, type, localizer),
                self.label(), localizer.ref(network, "classification").orElse(null),
                localizer.ref(network, "parent").orElse(null), localizer.refs(network, "theme"));
    }

    static String typeLabel(NodeFields network, NetworkType type, Localizer localizer) {
        return localizer.label(network.labelsOf("class", type.classIri()));
    }

    static NetworkMember member(NodeFields membership, Localizer localizer) {
        return new NetworkMember(localizer.ref(membership, "member").orElse(null),
                localizer.ref(membership, "role").orElse(null), Period.of(membership, "start", "end"),
                membership.texts("description"), List.copyOf(membership.sources()), membership.evidence());
    }

    static WorkingGroupView workingGroup(NodeFields group, Localizer localizer) {
        Ref self = localizer.self(group);
        return new WorkingGroupView(self.id(), self.iri(), self.label(), localizer.refs(group, "theme"),
                List.copyOf(group.sources()), group.evidence());
    }

    static Integer memberCount(NodeFields network) {
        return network.lexical("memberCount").map(Integer::valueOf).orElse(null);
    }

    static String memberLabel(NetworkMember member) {
        return member.member() == null ? null : member.member().label();
    }
}
