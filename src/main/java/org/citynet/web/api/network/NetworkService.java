package org.citynet.web.api.network;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.web.api.ApiList;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.ApiQuery;
import org.citynet.web.api.Citations;
import org.citynet.web.api.FieldTable;
import org.citynet.web.api.Iris;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.NodeFields;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.api.agreement.AgreementReader;
import org.citynet.web.api.agreement.AgreementView;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The answers about city networks, working groups and cooperation bodies. A short id is resolved with one
 * query among {@code network/}, {@code working-group/} and {@code body/}, in that order (a network wins
 * over a working group or body with the same id); then one query per aspect.
 */
@Service
class NetworkService {

    private final ApiQueries queries;
    private final ListPages pages;
    private final AgreementReader agreements;
    private final SourceCatalog sources;
    private final Iris iris;

    NetworkService(ApiQueries queries, ListPages pages, AgreementReader agreements, SourceCatalog sources, Iris iris) {
        this.queries = queries;
        this.pages = pages;
        this.agreements = agreements;
        this.sources = sources;
        this.iris = iris;
    }

    /** A page of the networks, working groups and bodies, sorted by label ({@link ListPages}). */
    ApiList<NetworkSummary> list(PageRequest request, Localizer localizer) {
        ListPages.Slice slice = ListPages.slice(pages.ordered(ApiQuery.NETWORK_KEYS, Map.of(), localizer), null,
                request);
        FieldTable networks = queries.fieldsOf(ApiQuery.NETWORKS, slice.iris());
        Map<String, NetworkSummary> byIri = new HashMap<>();
        networks.nodes().forEach(n -> byIri.put(n.iri(), NetworkViews.summary(n, localizer)));
        return ApiList.of(localizer, slice.page(), ListPages.inOrder(slice, byIri),
                sources.describe(new Citations().add(networks), localizer));
    }

    NetworkDetail detail(String id, Localizer localizer) {
        String iri = resolve(id);
        Node node = NodeFactory.createURI(iri);
        NodeFields core = queries.fields(ApiQuery.NETWORKS, Map.of("node", node)).node(iri)
                .orElseThrow(() -> notFound(id));
        NetworkType type = NetworkType.of(core.iris("class"));
        Citations citations = new Citations().add(core);
        FieldTable memberRows = queries.fields(ApiQuery.NETWORK_MEMBERS, Map.of("organization", node));
        citations.add(memberRows);
        List<NetworkMember> members = memberRows.nodes().stream().map(m -> NetworkViews.member(m, localizer))
                .sorted(localizer.byLabel(NetworkViews::memberLabel)).toList();
        List<WorkingGroupView> groups = List.of();
        if (type == NetworkType.NETWORK) {
            FieldTable units = queries.fields(ApiQuery.NETWORK_UNITS, Map.of("network", node));
            citations.add(units);
            groups = units.nodes().stream().map(g -> NetworkViews.workingGroup(g, localizer))
                    .sorted(localizer.byLabel(WorkingGroupView::label)).toList();
        }
        AgreementView agreement = core.iris("basedOn").stream().findFirst()
                .flatMap(a -> agreements.one(a, localizer).stream().findFirst()).orElse(null);
        if (agreement != null) {
            citations.add(agreement.sources(), agreement.evidence());
        }
        return new NetworkDetail(id, iri, type.apiName(), NetworkViews.typeLabel(core, type, localizer),
                localizer.label(core.byLanguage("label")), core.byLanguage("label"), core.texts("altLabel"),
                localizer.ref(core, "classification").orElse(null), core.texts("description"),
                NetworkViews.memberCount(core), localizer.ref(core, "country").orElse(null),
                localizer.ref(core, "managedBy").orElse(null), localizer.ref(core, "parent").orElse(null),
                localizer.ref(core, "appointedBy").orElse(null), localizer.refs(core, "theme"), members, groups,
                agreement, localizer.languages(), sources.describe(citations, localizer));
    }

    /** The IRI a short id stands for: a network's, else a working group's, else a body's. */
    private String resolve(String id) {
        Map<NetworkType, String> candidates = new EnumMap<>(NetworkType.class);
        for (NetworkType type : NetworkType.values()) {
            candidates.put(type, iris.entity(type.apiName(), id));
        }
        Map<String, Node> bindings = Map.of(
                "network", NodeFactory.createURI(candidates.get(NetworkType.NETWORK)),
                "workingGroup", NodeFactory.createURI(candidates.get(NetworkType.WORKING_GROUP)),
                "body", NodeFactory.createURI(candidates.get(NetworkType.BODY)));
        List<NetworkType> found = queries.select(ApiQuery.NETWORK_RESOLVE, bindings,
                row -> NetworkType.ofApiName(row.getLiteral("field").getLexicalForm()));
        return found.stream().min(Comparator.naturalOrder()).map(candidates::get)
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No network, working group or body with id '" + id + "'");
    }
}
