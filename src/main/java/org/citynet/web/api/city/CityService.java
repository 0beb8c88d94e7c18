package org.citynet.web.api.city;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.kernel.rdf.Vocabularies.SCHEMA;
import org.citynet.web.api.ApiList;
import org.citynet.web.api.ApiParameters;
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
import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The city answers. A page of the list is one query for its cities; a city's page is one query per aspect (the city, memberships,
 * twin cities, agreements, partnerships, offices), whatever the number of rows.
 */
@Service
class CityService {

    private final ApiQueries queries;
    private final ListPages pages;
    private final AgreementReader agreements;
    private final SourceCatalog sources;
    private final Iris iris;

    CityService(ApiQueries queries, ListPages pages, AgreementReader agreements, SourceCatalog sources, Iris iris) {
        this.queries = queries;
        this.pages = pages;
        this.agreements = agreements;
        this.sources = sources;
        this.iris = iris;
    }

    /**
     * A page of the cities (of the country with the given short id, if one is given), sorted by label
     * ({@link ListPages}): only the page's cities are read.
     */
    ApiList<CitySummary> list(String country, PageRequest request, Localizer localizer) {
        String countryIri = knownCountry(ApiParameters.slug("country", country));
        Set<String> ofCountry = countryIri == null ? null : Set.copyOf(queries.select(ApiQuery.COUNTRY_CITIES,
                Map.of("country", NodeFactory.createURI(countryIri)), row -> row.getResource("node").getURI()));
        ListPages.Slice slice = ListPages.slice(pages.ordered(ApiQuery.CITY_KEYS, Map.of(), localizer), ofCountry,
                request);
        FieldTable table = queries.fieldsOf(ApiQuery.CITIES, slice.iris());
        Map<String, CitySummary> byIri = new HashMap<>();
        Citations citations = new Citations();
        for (NodeFields city : table.nodes()) {
            byIri.put(city.iri(), CityViews.summary(city, localizer));
            citations.add(city);
        }
        return ApiList.of(localizer, slice.page(), ListPages.inOrder(slice, byIri),
                sources.describe(citations, localizer));
    }

    CityDetail detail(String id, Localizer localizer) {
        String iri = iris.entity("city", id);
        Node city = NodeFactory.createURI(iri);
        NodeFields core = queries.fields(ApiQuery.CITIES, Map.of("node", city)).node(iri)
                .orElseThrow(() -> new NotFoundException("No city with id '" + id + "'"));
        Citations citations = new Citations().add(core);
        List<MembershipView> memberships = map(aspect(ApiQuery.CITY_MEMBERSHIPS, "city", city, citations),
                m -> CityViews.membership(m, localizer),
                localizer.byLabel(CityService::organizationLabel));
        List<TwinCity> twins = map(aspect(ApiQuery.CITY_TWINS, "city", city, citations),
                t -> CityViews.twin(t, localizer), localizer.byLabel(TwinCity::label));
        List<PartnershipView> partnerships = map(aspect(ApiQuery.PARTNERSHIPS, "partner", city, citations),
                p -> CityViews.partnership(p, iri, localizer),
                localizer.byLabel((PartnershipView p) -> p.kinds().isEmpty() ? null : p.kinds().get(0).label())
                        .thenComparing(PartnershipView::iri));
        List<OfficeView> offices = map(aspect(ApiQuery.CITY_OFFICES, "city", city, citations),
                o -> CityViews.office(o, localizer), localizer.byLabel(OfficeView::label));
        List<CityAgreement> cityAgreements = new ArrayList<>();
        for (AgreementView agreement : agreements.ofParty(iri, localizer)) {
            cityAgreements.add(CityViews.agreement(agreement, iri));
            citations.add(agreement.sources(), agreement.evidence());
        }
        return new CityDetail(id, iri, localizer.label(core.byLanguage("label")), core.byLanguage("label"),
                core.texts("altLabel"), CityViews.country(core, localizer), core.texts("description"),
                memberships, twins, cityAgreements, partnerships, offices, localizer.languages(),
                sources.describe(citations, localizer));
    }

    /** One aspect of the city (a query bound to it); its nodes' sources and evidence are cited by the answer. */
    private FieldTable aspect(ApiQuery query, String variable, Node city, Citations citations) {
        FieldTable table = queries.fields(query, Map.of(variable, city));
        citations.add(table);
        return table;
    }

    private static <T> List<T> map(FieldTable table, Function<NodeFields, T> view,
                                   Comparator<T> order) {
        return table.nodes().stream().map(view).sorted(order).toList();
    }

    private static String organizationLabel(MembershipView membership) {
        return membership.organization() == null ? null : membership.organization().label();
    }

    private String knownCountry(String slug) {
        if (slug == null) {
            return null;
        }
        String iri = iris.entity("country", slug);
        if (!queries.exists(iri, SCHEMA.Country.getURI())) {
            throw new InvalidParameterException("country", "names no known country: '" + slug + "'");
        }
        return iri;
    }
}
