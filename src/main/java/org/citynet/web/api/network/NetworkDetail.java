package org.citynet.web.api.network;

import java.util.List;
import java.util.Map;

import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceView;
import org.citynet.web.api.Text;
import org.citynet.web.api.agreement.AgreementView;

/**
 * The answer of {@code GET /api/networks/{id}}: a network, working group or cooperation body.
 *
 * @param type             {@code network}, {@code working-group} or {@code body}
 * @param memberCount      the number of members a source states (not a count of {@code members})
 * @param parentNetwork    for a working group, the network it belongs to
 * @param workingGroups    for a network, its working groups
 * @param basedOnAgreement for a body, the agreement it rests on
 */
public record NetworkDetail(String id, String iri, String type, String typeLabel, String label,
                            Map<String, String> labels, List<Text> altLabels, Ref classification,
                            List<Text> descriptions, Integer memberCount, Ref country, Ref managedBy,
                            Ref parentNetwork, Ref appointedBy, List<Ref> themes, List<NetworkMember> members,
                            List<WorkingGroupView> workingGroups, AgreementView basedOnAgreement,
                            List<String> languages, List<SourceView> sources) {
}
