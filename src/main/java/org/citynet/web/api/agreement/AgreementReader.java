package org.citynet.web.api.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.ApiQuery;
import org.citynet.web.api.FieldTable;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.NodeFields;
import org.citynet.web.api.Period;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.Ref;
import org.springframework.stereotype.Component;

/**
 * Reads agreements with one query ({@code agreements.rq}) however many there are: all of them, one, or
 * those a party is in. Shared by the agreement, city and network answers so that an agreement looks the
 * same wherever it appears.
 */
@Component
public class AgreementReader {

    private final ApiQueries queries;

    public AgreementReader(ApiQueries queries) {
        this.queries = queries;
    }

    /** Every agreement, sorted by label. */
    public List<AgreementView> all(Localizer localizer) {
        return read(Map.of(), localizer);
    }

    /**
     * A page of every agreement, sorted by label ({@link ListPages}): only the page's agreements are read.
     */
    public ListPages.Slice page(ListPages pages, PageRequest request, Localizer localizer) {
        return ListPages.slice(pages.ordered(ApiQuery.AGREEMENT_KEYS, classes(), localizer), null, request);
    }

    /** The agreements of a page, in its order. */
    public List<AgreementView> of(ListPages.Slice slice, Localizer localizer) {
        Map<String, AgreementView> byIri = new HashMap<>();
        queries.fieldsOf(ApiQuery.AGREEMENTS, slice.iris(), classes()).nodes()
                .forEach(node -> byIri.put(node.iri(), view(node, localizer)));
        return ListPages.inOrder(slice, byIri);
    }

    /** The agreement with this IRI, if there is one. */
    public List<AgreementView> one(String iri, Localizer localizer) {
        return read(Map.of("node", NodeFactory.createURI(iri)), localizer);
    }

    /**
     * The agreements the city (group, organisation) with this IRI is a party to, sorted by label: their IRIs
     * with one query, their facts with a second (so that the agreements query need not require parties).
     */
    public List<AgreementView> ofParty(String partyIri, Localizer localizer) {
        List<String> iris = queries.select(ApiQuery.PARTY_AGREEMENTS, Map.of("party", NodeFactory.createURI(partyIri)),
                row -> row.getResource("node").getURI());
        return sorted(queries.fieldsOf(ApiQuery.AGREEMENTS, iris, classes()), localizer);
    }

    private List<AgreementView> read(Map<String, Node> bindings, Localizer localizer) {
        return sorted(queries.fields(ApiQuery.AGREEMENTS, bindings, classes()), localizer);
    }

    private Map<String, List<Node>> classes() {
        return queries.agreementClassBlock();
    }

    private static List<AgreementView> sorted(FieldTable table, Localizer localizer) {
        List<AgreementView> views = new ArrayList<>();
        table.nodes().forEach(node -> views.add(view(node, localizer)));
        views.sort(localizer.byLabel(AgreementView::label));
        return views;
    }

    static AgreementView view(NodeFields agreement, Localizer localizer) {
        Ref self = localizer.self(agreement);
        AgreementType type = AgreementType.of(agreement.iris("class"));
        return new AgreementView(self.id(), self.iri(), self.label(), agreement.byLanguage("label"),
                type.apiName(), localizer.label(agreement.labelsOf("class", type.classIri())),
                localizer.ref(agreement, "kind").orElse(null), localizer.refs(agreement, "party"),
                agreement.lexical("signed").orElse(null), Period.of(agreement, "start", "end"),
                localizer.refs(agreement, "validityStatus"), agreement.localNames("notStated"),
                localizer.refs(agreement, "theme"), localizer.refs(agreement, "body"),
                localizer.refs(agreement, "references"), agreement.texts("description"),
                List.copyOf(agreement.sources()), agreement.evidence());
    }
}
