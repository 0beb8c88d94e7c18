package org.citynet.web.api.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citynet.kernel.rdf.CN;
import org.citynet.web.api.ApiParameters;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.Citations;
import org.citynet.web.api.Iris;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.Page;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The agreements answers: the list with its filters (party city, type, in force on a date) and one
 * agreement. Filters are checked before anything is read; an unknown city is a 400 like a malformed one.
 */
@Service
class AgreementService {

    private final AgreementReader reader;
    private final ListPages pages;
    private final ApiQueries queries;
    private final SourceCatalog sources;
    private final Iris iris;
    private final AgreementFilters filters;

    AgreementService(AgreementReader reader, ListPages pages, ApiQueries queries, SourceCatalog sources, Iris iris,
                     AgreementFilters filters) {
        this.filters = filters;
        this.reader = reader;
        this.pages = pages;
        this.queries = queries;
        this.sources = sources;
        this.iris = iris;
    }

    /**
     * A page of the agreements. Only the page's agreements are read ({@link ListPages}), filtered by type and
     * in-force date from what {@link AgreementFilters} keeps per data version; with a city, that city's
     * agreements are read (a few hundred at most) and the page cut from those that pass the filters.
     */
    AgreementList list(String city, String type, String inForce, PageRequest request, Localizer localizer) {
        String citySlug = ApiParameters.slug("city", city);
        AgreementType wanted = AgreementType.parameter(type);
        InForceRule rule = inForce == null || inForce.isBlank() ? null
                : new InForceRule(ApiParameters.date("inForce", inForce));
        if (citySlug == null && wanted == null && rule == null) {
            ListPages.Slice slice = reader.page(pages, request, localizer);
            return answer(null, slice.page(), reader.of(slice, localizer), localizer);
        }
        if (citySlug == null) {
            AgreementFilters.Filtered passing = filters.filter(wanted, rule, localizer);
            ListPages.Slice slice = ListPages.slice(passing.iris(), null, request);
            return answer(rule == null ? null : report(rule, refs(passing.withoutStart(), localizer),
                    refs(passing.superseded(), localizer)), slice.page(), reader.of(slice, localizer), localizer);
        }
        List<AgreementView> agreements = reader.ofParty(knownCity(citySlug), localizer);
        if (wanted != null) {
            agreements = agreements.stream().filter(a -> a.type().equals(wanted.apiName())).toList();
        }
        InForceReport report = null;
        if (rule != null) {
            List<AgreementView> inForceNow = new ArrayList<>();
            List<Ref> withoutStart = new ArrayList<>();
            List<Ref> superseded = new ArrayList<>();
            for (AgreementView a : agreements) {
                switch (rule.status(a.validity().start(), a.signingDate(), a.validity().end(),
                        a.validityStatusIris())) {
                    case IN_FORCE -> inForceNow.add(a);
                    case UNKNOWN_START -> withoutStart.add(ref(a));
                    case SUPERSEDED_WITHOUT_END -> superseded.add(ref(a));
                    case NOT_IN_FORCE -> { }
                }
            }
            agreements = inForceNow;
            report = report(rule, withoutStart, superseded);
        }
        ListPages.Slice slice = ListPages.slice(agreements.stream().map(AgreementView::iri).toList(), null, request);
        int from = (int) Math.min(request.offset(), agreements.size());
        return answer(report, slice.page(), agreements.subList(from, from + slice.iris().size()), localizer);
    }

    private static InForceReport report(InForceRule rule, List<Ref> withoutStart, List<Ref> superseded) {
        return new InForceReport(rule.date().toString(), rule.date().precision().name().toLowerCase(Locale.ROOT),
                InForceRule.DESCRIPTION, withoutStart, superseded);
    }

    private List<Ref> refs(List<String> agreementIris, Localizer localizer) {
        return agreementIris.stream().map(iri -> localizer.ref(iri, filters.labels(iri))).toList();
    }

    private AgreementList answer(InForceReport report, Page page, List<AgreementView> items, Localizer localizer) {
        return new AgreementList(report, items.size(), page.total(), page.number(), page.size(), items,
                localizer.languages(), sources.describe(citationsOf(items), localizer));
    }

    AgreementDetail detail(String id, Localizer localizer) {
        List<AgreementView> found = reader.one(iris.entity("agreement", id), localizer);
        if (found.isEmpty()) {
            throw new NotFoundException("No agreement with id '" + id + "'");
        }
        AgreementView agreement = found.get(0);
        return new AgreementDetail(agreement, localizer.languages(),
                sources.describe(citationsOf(List.of(agreement)), localizer));
    }

    private String knownCity(String slug) {
        String iri = iris.entity("city", slug);
        if (!queries.exists(iri, CN.City.getURI())) {
            throw new InvalidParameterException("city", "names no known city: '" + slug + "'");
        }
        return iri;
    }

    private static Ref ref(AgreementView a) {
        return new Ref(a.id(), a.iri(), "agreement", a.label());
    }

    private static Citations citationsOf(List<AgreementView> agreements) {
        Citations citations = new Citations();
        agreements.forEach(a -> citations.add(a.sources(), a.evidence()));
        return citations;
    }
}
