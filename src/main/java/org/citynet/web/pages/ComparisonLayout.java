package org.citynet.web.pages;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.citynet.web.api.compare.ComparisonAnswer;
import org.citynet.web.api.compare.Jaccard;
import org.springframework.context.MessageSource;

/**
 * Lays a {@link ComparisonAnswer} out for the comparison page: links to the entity pages, numbers and
 * periods in the page's language, sources numbered for citations, and for more than two cities each
 * city's own organisations worked out from its memberships. One instance per page (it numbers that
 * page's sources).
 */
final class ComparisonLayout {

    private final PageContext page;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, CompareView.Citation> citations = new HashMap<>();

    ComparisonLayout(PageContext page, MessageSource messages) {
        this.page = page;
        this.messages = messages;
        this.locale = Locale.forLanguageTag(page.language());
    }

    CompareView.Result layout(ComparisonAnswer answer) {
        // Java 17: no pattern matching for switch yet; the interface is sealed to these two.
        return answer instanceof ComparisonAnswer.Pair pair ? pair(pair) : group((ComparisonAnswer.Group) answer);
    }

    private CompareView.Result pair(ComparisonAnswer.Pair pair) {
        List<CompareView.Source> sources = sources(pair.sources());
        List<CompareView.Column> own = pair.cities().stream()
                .map(city -> new CompareView.Column(city(city), organizations(pair.only().get(city.id()), pair.cities())))
                .toList();
        return new CompareView.Result(pair.cities().stream().map(this::city).toList(), jaccard(pair.jaccard()),
                List.of(), organizations(pair.shared(), pair.cities()), own, agreements(pair.sharedAgreements()), sources,
                policy(pair.policy()));
    }

    private CompareView.Result group(ComparisonAnswer.Group group) {
        List<CompareView.Source> sources = sources(group.sources());
        List<CompareView.MatrixRow> matrix = new ArrayList<>();
        for (int i = 0; i < group.cities().size(); i++) {
            matrix.add(new CompareView.MatrixRow(city(group.cities().get(i)),
                    group.matrix().get(i).stream().map(this::jaccard).toList()));
        }
        List<CompareView.Column> own = group.cities().stream()
                .map(city -> new CompareView.Column(city(city), organizations(alone(group, city.id()), group.cities())))
                .toList();
        return new CompareView.Result(group.cities().stream().map(this::city).toList(), null, matrix,
                organizations(group.sharedByAll(), group.cities()), own, agreements(group.sharedAgreements()), sources,
                policy(group.policy()));
    }

    /** The organisations of {@code cityId} that none of the other compared cities belongs to. */
    private static List<ComparisonAnswer.Organization> alone(ComparisonAnswer.Group group, String cityId) {
        Set<String> others = new HashSet<>();
        group.memberships().forEach((id, organizations) -> {
            if (!id.equals(cityId)) {
                organizations.forEach(o -> others.add(o.iri()));
            }
        });
        return group.memberships().get(cityId).stream().filter(o -> !others.contains(o.iri())).toList();
    }

    private List<CompareView.Organization> organizations(List<ComparisonAnswer.Organization> items,
                                                         List<ComparisonAnswer.City> cities) {
        Map<String, String> cityNames = cities.stream()
                .collect(Collectors.toMap(ComparisonAnswer.City::id, ComparisonAnswer.City::label));
        return items.stream().map(o -> new CompareView.Organization(link(o.label(), o.iri()),
                o.memberships().stream().map(m -> new CompareView.Membership(cityNames.getOrDefault(m.city(), m.city()),
                        m.roles().stream().map(ComparisonAnswer.Role::label).collect(Collectors.joining(", ")),
                        period(m.period()))).toList(),
                cite(o.sources()))).toList();
    }

    private List<CompareView.Agreement> agreements(List<ComparisonAnswer.Agreement> agreements) {
        return agreements.stream().map(a -> new CompareView.Agreement(
                link(a.label() == null ? a.typeLabel() : a.label(), a.iri()), a.typeLabel(),
                a.parties().stream().map(p -> link(p.label(), p.iri())).toList(),
                a.signingDate() == null ? "" : a.signingDate(), period(a.period()), cite(a.sources()))).toList();
    }

    private List<CompareView.Source> sources(List<ComparisonAnswer.Source> documents) {
        List<CompareView.Source> numbered = new ArrayList<>();
        for (ComparisonAnswer.Source document : documents) {
            int number = numbered.size() + 1;
            CompareView.Citation citation = new CompareView.Citation(number, "source-" + number);
            citations.put(document.iri(), citation);
            numbered.add(new CompareView.Source(number, citation.anchor(), link(document.title(), document.iri()),
                    document.seedFile() == null ? "" : document.seedFile()));
        }
        return numbered;
    }

    private List<CompareView.Citation> cite(List<ComparisonAnswer.Source> documents) {
        return documents.stream().map(d -> citations.get(d.iri())).filter(c -> c != null).distinct().toList();
    }

    private CompareView.Link city(ComparisonAnswer.City city) {
        return link(city.label(), city.iri());
    }

    /** The label the answer chose (LanguagePreference.choose), else the end of the IRI as on every page. */
    private CompareView.Link link(String label, String iri) {
        return new CompareView.Link(label == null || label.isBlank() ? Labels.lastSegment(iri) : label, "",
                page.href(iri));
    }

    private String jaccard(Jaccard jaccard) {
        if (jaccard.value() == null) {
            return message("compare.jaccard.undefined");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return message("compare.jaccard.value", format.format(jaccard.value()), jaccard.shared(), jaccard.union());
    }

    private String period(ComparisonAnswer.Period period) {
        if (period == null || (period.start() == null && period.end() == null)) {
            return "";
        }
        if (period.start() != null && period.end() != null) {
            return message("compare.period.both", period.start(), period.end());
        }
        return period.start() != null ? message("compare.period.from", period.start())
                : message("compare.period.until", period.end());
    }

    private String policy(ComparisonAnswer.Policy policy) {
        if (policy.asOf() == null) {
            return message("compare.policy.all");
        }
        return message("compare.policy.asOf." + policy.undated(), policy.asOf());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
