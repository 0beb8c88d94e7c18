package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citynet.web.api.Iris;
import org.citynet.web.system.LanguagePreference;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Answers a membership comparison: reads the cities' facts from the {@link MembershipSource}, refuses
 * unknown cities (404 naming them), lets {@link MembershipComparison} do the set algebra and lays the result
 * out as a {@link ComparisonAnswer.Pair} (two cities) or {@link ComparisonAnswer.Group} (more). Stateless.
 * Public for the comparison page ({@code org.citynet.pages}), which shows the same answer as HTML.
 */
@Service
public class CompareService {

    private final MembershipSource source;
    private final Iris iris;

    CompareService(MembershipSource source, Iris iris) {
        this.source = source;
        this.iris = iris;
    }

    /**
     * @throws org.citynet.web.system.NotFoundException if a requested city is not in the data
     */
    public ComparisonAnswer compare(CompareRequest request, LanguagePreference language) {
        List<String> cityIris = request.cities().stream().map(id -> iris.entity("city", id)).toList();
        CityFacts facts = source.read(cityIris);
        requireKnown(request.cities(), cityIris, facts);
        Comparison comparison = MembershipComparison.compare(cityIris, facts, request.filter());
        ComparisonView view = new ComparisonView(iris, language);
        List<ComparisonAnswer.City> cities = cityIris.stream().map(iri -> view.city(facts.cities().get(iri))).toList();
        ComparisonAnswer.Policy policy = policy(request.filter());
        return cityIris.size() == 2
                ? pair(comparison, view, cities, policy, facts.generation())
                : group(comparison, view, cities, policy, facts.generation());
    }

    private ComparisonAnswer.Pair pair(Comparison comparison, ComparisonView view, List<ComparisonAnswer.City> cities,
                                       ComparisonAnswer.Policy policy, long generation) {
        List<String> both = comparison.cities();
        Map<String, List<ComparisonAnswer.Organization>> only = new LinkedHashMap<>();
        for (int i = 0; i < both.size(); i++) {
            String city = both.get(i);
            only.put(cities.get(i).id(), view.organizations(comparison.only().get(city), comparison, List.of(city)));
        }
        return new ComparisonAnswer.Pair(cities, policy, comparison.pairs().get(0).jaccard(),
                view.organizations(comparison.sharedByAll(), comparison, both), only,
                view.agreements(comparison.sharedAgreements()), view.allSources(), generation);
    }

    private ComparisonAnswer.Group group(Comparison comparison, ComparisonView view, List<ComparisonAnswer.City> cities,
                                         ComparisonAnswer.Policy policy, long generation) {
        List<String> all = comparison.cities();
        Map<String, List<ComparisonAnswer.Organization>> memberships = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String city = all.get(i);
            memberships.put(cities.get(i).id(),
                    view.organizations(comparison.organizationsOf(city), comparison, List.of(city)));
        }
        List<ComparisonAnswer.PairItem> pairs = comparison.pairs().stream()
                .map(p -> new ComparisonAnswer.PairItem(List.of(idOf(p.first()), idOf(p.second())), p.jaccard(),
                        p.sharedAgreements()))
                .toList();
        List<List<Jaccard>> matrix = new ArrayList<>();
        for (String row : all) {
            matrix.add(all.stream().map(column -> comparison.jaccard(row, column)).toList());
        }
        return new ComparisonAnswer.Group(cities, policy, pairs, matrix, memberships,
                view.organizations(comparison.sharedByAll(), comparison, all),
                view.agreements(comparison.sharedAgreements()), view.allSources(), generation);
    }

    private static void requireKnown(List<String> ids, List<String> cityIris, CityFacts facts) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!facts.cities().containsKey(cityIris.get(i))) {
                unknown.add("'" + ids.get(i) + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw new NotFoundException((unknown.size() == 1 ? "No city with id " : "No cities with ids ")
                    + String.join(", ", unknown) + " (parameter 'cities')");
        }
    }

    private static ComparisonAnswer.Policy policy(AsOfFilter filter) {
        return new ComparisonAnswer.Policy(filter.asOf() == null ? null : filter.asOf().toString(),
                filter.undated().value(), filter.description());
    }

    private String idOf(String cityIri) {
        return iris.slug(cityIri, "city").orElse(cityIri);
    }
}
