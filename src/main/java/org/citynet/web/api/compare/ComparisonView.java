package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.citynet.kernel.rdf.Period;
import org.citynet.web.api.Iris;
import org.citynet.web.api.Ref;
import org.citynet.web.system.LanguagePreference;

/**
 * Turns records into the answer's items: ids from IRIs, labels in the reader's language, items sorted by
 * label, and every source document an item rests on remembered for the answer's list of all sources.
 * One instance per answer (it collects that answer's sources).
 */
final class ComparisonView {

    /** An organisation and its label's sort key, lower-cased once rather than in every comparison of the sort. */
    private record ByLabel(String key, ComparisonAnswer.Organization item) {

        static final Comparator<ByLabel> ORDER = Comparator.comparing(ByLabel::key)
                .thenComparing(keyed -> keyed.item().iri());
    }

    private final Iris iris;
    private final LanguagePreference language;
    private final Map<String, ComparisonAnswer.Source> sources = new TreeMap<>();

    ComparisonView(Iris iris, LanguagePreference language) {
        this.iris = iris;
        this.language = language;
    }

    ComparisonAnswer.City city(Term city) {
        return new ComparisonAnswer.City(id(city.iri(), "city"), city.iri(), language.pick(city.labels()));
    }

    /** The given organisations, each with the memberships of {@code cities} in it, sorted by label. */
    List<ComparisonAnswer.Organization> organizations(Collection<String> organizations, Comparison comparison,
                                                      List<String> cities) {
        List<ByLabel> items = new ArrayList<>();
        for (String organization : organizations) {
            List<MembershipRecord> records = new ArrayList<>();
            cities.forEach(city -> records.addAll(comparison.memberships().get(city).getOrDefault(organization,
                    List.of())));
            ComparisonAnswer.Organization item = organization(records);
            items.add(new ByLabel(sortKey(item.label()), item));
        }
        items.sort(ByLabel.ORDER);
        return items.stream().map(ByLabel::item).toList();
    }

    private ComparisonAnswer.Organization organization(List<MembershipRecord> records) {
        Term organization = records.get(0).organization();
        String type = iris.type(organization.iri()).orElse("organization");
        List<ComparisonAnswer.Membership> memberships = records.stream().map(this::membership).toList();
        return new ComparisonAnswer.Organization(id(organization.iri(), type), organization.iri(), type,
                language.pick(organization.labels()), memberships,
                sources(records.stream().flatMap(r -> r.sources().stream()).toList()));
    }

    private ComparisonAnswer.Membership membership(MembershipRecord m) {
        List<ComparisonAnswer.Role> roles = m.roles().stream()
                .map(r -> new ComparisonAnswer.Role(id(r.iri(), "role"), r.iri(), language.pick(r.labels())))
                .toList();
        return new ComparisonAnswer.Membership(m.iri(), id(m.city(), "city"), roles, period(m.period()),
                m.period().known(), sources(m.sources()));
    }

    List<ComparisonAnswer.Agreement> agreements(List<AgreementRecord> agreements) {
        return agreements.stream().map(this::agreement)
                .sorted(Comparator.comparing((ComparisonAnswer.Agreement a) -> sortKey(a.period() == null ? null
                        : a.period().start())).thenComparing(ComparisonAnswer.Agreement::iri))
                .toList();
    }

    private ComparisonAnswer.Agreement agreement(AgreementRecord a) {
        List<ComparisonAnswer.Party> parties = a.parties().stream().map(p -> {
            String type = iris.type(p.iri()).orElse("organization");
            return new ComparisonAnswer.Party(id(p.iri(), type), p.iri(), type, language.pick(p.labels()));
        }).toList();
        return new ComparisonAnswer.Agreement(id(a.iri(), "agreement"), a.iri(), kindName(a.kind().iri()),
                language.pick(a.kind().labels()), language.pick(a.labels()), parties,
                a.signingDate() == null ? null : a.signingDate().toString(), period(a.period()), a.period().known(),
                sources(a.sources()));
    }

    /** Every source document of the items made so far, ordered by IRI. */
    List<ComparisonAnswer.Source> allSources() {
        return List.copyOf(sources.values());
    }

    /** Each document once, ordered by IRI; the answer makes one Source per document, so the IRI tells them apart. */
    private List<ComparisonAnswer.Source> sources(List<SourceDocument> documents) {
        Map<String, ComparisonAnswer.Source> byIri = new TreeMap<>();
        for (SourceDocument d : documents) {
            byIri.computeIfAbsent(d.iri(), iri -> sources.computeIfAbsent(iri, same -> source(d)));
        }
        return List.copyOf(byIri.values());
    }

    private ComparisonAnswer.Source source(SourceDocument d) {
        Ref publisher = null;
        if (d.publisher() != null) {
            String type = iris.type(d.publisher().iri()).orElse("organization");
            publisher = new Ref(id(d.publisher().iri(), type), d.publisher().iri(), type,
                    language.pick(d.publisher().labels()));
        }
        return new ComparisonAnswer.Source(id(d.iri(), "source"), d.iri(), language.pick(d.titles()), d.seedFile(),
                publisher, d.language(), d.date(), d.graph());
    }

    private static ComparisonAnswer.Period period(Period period) {
        if (!period.known()) {
            return null;
        }
        return new ComparisonAnswer.Period(period.start() == null ? null : period.start().toString(),
                period.end() == null ? null : period.end().toString());
    }

    /** The slug for an IRI of our own of that type; other IRIs have no short id. */
    private String id(String iri, String type) {
        return iris.slug(iri, type).orElse(null);
    }

    /** cn:MemorandumOfUnderstanding → memorandum-of-understanding. */
    static String kindName(String classIri) {
        String local = classIri.substring(Math.max(classIri.lastIndexOf('#'), classIri.lastIndexOf('/')) + 1);
        return local.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String sortKey(String text) {
        return text == null ? "\uffff" : text.toLowerCase(Locale.ROOT);
    }
}
