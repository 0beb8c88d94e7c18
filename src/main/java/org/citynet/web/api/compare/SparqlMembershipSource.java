package org.citynet.web.api.compare;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.citynet.kernel.store.OneGeneration;
import org.springframework.stereotype.Component;

/**
 * Reads {@link CityFacts} from the store with a few small SELECTs ({@link FactQueries}: which cities exist,
 * their memberships, their agreements and the agreement classes, the source documents those rest on, then
 * the labels of everything named, publishers included), each with the named-query timeout. Every SELECT
 * runs in its own read, so the store's generation is read before and after: if a write committed in
 * between, the facts are read again (a few times at most) so that they come from one state of the data.
 * Stateless; one instance serves all requests.
 */
@Component
class SparqlMembershipSource implements MembershipSource, KnownCities {

    private static final int ATTEMPTS = 3;

    private final FactQueries queries;

    SparqlMembershipSource(FactQueries queries) {
        this.queries = queries;
    }

    @Override
    public CityFacts read(List<String> cityIris) {
        return OneGeneration.read(queries::generation, ATTEMPTS, generation -> readOnce(generation, cityIris));
    }

    @Override
    public List<Term> cities() {
        return OneGeneration.read(queries::generation, ATTEMPTS, generation -> {
            List<String> iris = queries.allCities().stream().distinct().sorted().toList();
            Map<String, Map<String, String>> labels = labels(new LinkedHashSet<>(iris));
            return iris.stream().map(iri -> new Term(iri, labels.getOrDefault(iri, Map.of()))).toList();
        });
    }

    @Override
    public List<String> cityIris() {
        return OneGeneration.read(queries::generation, ATTEMPTS,
                generation -> queries.allCities().stream().distinct().sorted().toList());
    }

    @Override
    public List<Term> cities(Collection<String> iris) {
        return OneGeneration.read(queries::generation, ATTEMPTS, generation -> {
            Set<String> known = new HashSet<>(queries.allCities());
            List<String> found = new TreeSet<>(iris).stream().filter(known::contains).toList();
            Map<String, Map<String, String>> labels = labels(new LinkedHashSet<>(found));
            return found.stream().map(iri -> new Term(iri, labels.getOrDefault(iri, Map.of()))).toList();
        });
    }

    private CityFacts readOnce(long generation, List<String> cityIris) {
        List<String> known = queries.knownCities(cityIris);
        FactRows rows = new FactRows(queries.memberships(known), queries.agreements(known, CityFacts.PARTIES),
                queries::agreementClasses);
        Set<String> sourceIris = rows.sourceIris();
        SourceRows sources = new SourceRows(queries.sources(sourceIris),
                sourceIris.isEmpty() ? Map.of() : queries.sourceGraphs());
        Set<String> labelled = new LinkedHashSet<>(known);
        labelled.addAll(rows.labelledIris());
        labelled.addAll(sources.publishers());
        Map<String, Map<String, String>> labels = labels(labelled);
        Map<String, SourceDocument> documents = new HashMap<>();
        sources.described().forEach((iri, described) -> documents.put(iri,
                described.document(publisher -> new Term(publisher, labels.getOrDefault(publisher, Map.of())))));
        return rows.toFacts(generation, known, labels, documents);
    }

    /** One label per entity and language tag: the smallest, as the index keeps it. */
    private Map<String, Map<String, String>> labels(Set<String> iris) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (FactQueries.LabelRow row : queries.labels(iris)) {
            FactRows.putSmallest(labels.computeIfAbsent(row.entity(), k -> new HashMap<>()), row.language(),
                    row.label());
        }
        return labels;
    }
}
