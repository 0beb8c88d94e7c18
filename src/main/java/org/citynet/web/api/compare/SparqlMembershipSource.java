package org.citynet.web.api.compare;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.kernel.store.OneGeneration;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CitynetProperties;
import org.springframework.stereotype.Component;

/**
 * Reads {@link CityFacts} from the store with five small SELECTs (which cities exist, their memberships,
 * their agreements, then the labels and source documents those mention), each with the named-query timeout.
 * Every SELECT runs in its own read transaction, so the store's generation is read before and after: if a
 * write committed in between, the facts are read again (a few times at most) so that they come from one
 * state of the data. Stateless apart from the parsed queries; one instance serves all requests.
 */
@Component
class SparqlMembershipSource implements MembershipSource {

    private static final int ATTEMPTS = 3;

    private final QueryRunner runner;
    private final Duration timeout;
    private final CompareQueries queries = CompareQueries.load();

    SparqlMembershipSource(QueryRunner runner, CitynetProperties properties) {
        this.runner = runner;
        this.timeout = properties.namedQueries().timeout();
    }

    @Override
    public CityFacts read(List<String> cityIris) {
        return OneGeneration.read(runner::dataGeneration, ATTEMPTS, generation -> readOnce(generation, cityIris));
    }

    private CityFacts readOnce(long generation, List<String> cityIris) {
        List<String> known = select(queries.cities(), "city", cityIris, row -> iri(row, "city"));
        List<FactRows.MembershipRow> memberships = select(queries.memberships(), "city", known,
                FactRows::membership);
        List<FactRows.AgreementRow> agreements = select(queries.agreements(), "city", known, FactRows::agreement);
        FactRows rows = new FactRows(memberships, agreements);
        Set<String> labelled = new LinkedHashSet<>(known);
        labelled.addAll(rows.labelledIris());
        Map<String, Map<String, String>> labels = labels(labelled);
        Map<String, SourceDocument> sources = sources(rows.sourceIris());
        return rows.toFacts(generation, known, labels, sources);
    }

    private Map<String, Map<String, String>> labels(Collection<String> iris) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (LabelRow row : select(queries.labels(), "entity", iris, LabelRow::of)) {
            labels.computeIfAbsent(row.entity(), k -> new HashMap<>()).putIfAbsent(row.language(), row.label());
        }
        return labels;
    }

    private Map<String, SourceDocument> sources(Collection<String> iris) {
        Map<String, Map<String, String>> titles = new HashMap<>();
        Map<String, String> seedFiles = new HashMap<>();
        for (SourceRow row : select(queries.sources(), "source", iris, SourceRow::of)) {
            Map<String, String> byLanguage = titles.computeIfAbsent(row.source(), k -> new HashMap<>());
            if (row.title() != null) {
                byLanguage.putIfAbsent(row.titleLanguage(), row.title());
            }
            if (row.seedFile() != null) {
                seedFiles.putIfAbsent(row.source(), row.seedFile());
            }
        }
        Map<String, SourceDocument> sources = new HashMap<>();
        titles.forEach((iri, t) -> sources.put(iri, new SourceDocument(iri, t, seedFiles.get(iri))));
        return sources;
    }

    private <T> List<T> select(Query query, String variable, Collection<String> iris,
                               Function<QuerySolution, T> mapper) {
        if (iris.isEmpty()) {
            return List.of();
        }
        return runner.select(CompareQueries.withValues(query, variable, iris), Map.of(), timeout, mapper);
    }

    static String iri(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    /** Rows are copied out inside the read transaction: TDB2 resolves a row's nodes lazily. */
    private record LabelRow(String entity, String language, String label) {
        static LabelRow of(QuerySolution row) {
            Literal label = row.getLiteral("label");
            return new LabelRow(iri(row, "entity"), label.getLanguage(), label.getLexicalForm());
        }
    }

    private record SourceRow(String source, String titleLanguage, String title, String seedFile) {
        static SourceRow of(QuerySolution row) {
            Literal title = row.contains("title") ? row.getLiteral("title") : null;
            return new SourceRow(iri(row, "source"), title == null ? null : title.getLanguage(),
                    title == null ? null : title.getLexicalForm(),
                    row.contains("seedFile") ? row.getLiteral("seedFile").getLexicalForm() : null);
        }
    }
}
