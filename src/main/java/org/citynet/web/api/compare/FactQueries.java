package org.citynet.web.api.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CitynetProperties;
import org.springframework.stereotype.Component;

/**
 * The comparison's SPARQL ({@link CompareQueries}) run through the {@link QueryRunner} — so with its
 * timeout and query slots, on whatever store it is — each query with the named-query timeout and the IRIs
 * it is about in a VALUES block. Rows are copied out inside the store's read (TDB2 resolves a row's nodes
 * lazily). Both readers use it: {@link SparqlMembershipSource} for the cities of one answer,
 * {@link MembershipIndexBuilder} for every city, a batch at a time. Stateless apart from the parsed
 * queries; thread-safe.
 */
@Component
class FactQueries {

    /**
     * For the two queries over every city, which only the index runs, once per build: at 100,000 cities on a
     * cold or busy store they may take longer than one answer's queries are given.
     */
    static final Duration WHOLE_GRAPH_TIMEOUT = Duration.ofSeconds(60);

    /** The most IRIs one query is given as a VALUES block. */
    static final int IRI_BATCH = 500;

    private final QueryRunner runner;
    private final Duration timeout;
    private final CompareQueries queries = CompareQueries.load();

    FactQueries(QueryRunner runner, CitynetProperties properties) {
        this.runner = runner;
        this.timeout = properties.namedQueries().timeout();
    }

    /**
     * One row of {@code memberships.rq}: a field of a membership node.
     *
     * @param value   an IRI, or a literal's lexical form
     * @param literal whether the value is a literal
     */
    record MembershipRow(String city, String membership, String field, String value, boolean literal) {
    }

    /** One row of {@code agreements.rq}: a field of an agreement node. */
    record AgreementRow(String agreement, String field, String value, boolean literal) {
    }

    /** One row of {@code labels.rq}; {@code language} is "" for an untagged label. */
    record LabelRow(String entity, String language, String label) {
    }

    /** One row of {@code sources.rq}; every field but {@code source} may be null. */
    record SourceRow(String source, String titleLanguage, String title, String publisher, String language,
                     String date, String seedFile) {
    }

    /** The store's change stamp as the current request read it at its start ({@link QueryRunner#requestStamp()}). */
    String requestStamp() {
        return runner.requestStamp();
    }

    /** The store's generation, read without I/O. */
    long generation() {
        return runner.dataGeneration();
    }

    /** Which of the IRIs are {@code cn:City}s. */
    List<String> knownCities(Collection<String> iris) {
        return select(queries.cities(), "city", iris, row -> iri(row, "city"));
    }

    List<MembershipRow> memberships(Collection<String> cities) {
        return select(queries.memberships(), "city", cities, row -> new MembershipRow(iri(row, "city"),
                iri(row, "membership"), iri(row, "field"), text(row, "value"), row.get("value").isLiteral()));
    }

    /**
     * Every field of every agreement at least {@code parties} of the (distinct) cities are parties to: the
     * agreements first, then their fields ({@link #select} gives them {@value #IRI_BATCH} at a time). In one query,
     * Virtuoso 7.2 planned a batch holding a city of thousands of agreements (100,000 generated cities) as 54M
     * random reads and ran past the timeout; each part alone is an index lookup on every store.
     */
    List<AgreementRow> agreements(Collection<String> cities, int parties) {
        Map<String, Integer> partiesAsked = new HashMap<>();
        // One row per city and agreement (DISTINCT), and each city in one batch: the count is of distinct cities.
        select(queries.partyAgreements(), "city", new LinkedHashSet<>(cities), row -> iri(row, "agreement"))
                .forEach(agreement -> partiesAsked.merge(agreement, 1, Integer::sum));
        List<String> agreements = partiesAsked.entrySet().stream().filter(e -> e.getValue() >= parties)
                .map(Map.Entry::getKey).sorted().toList();
        return select(queries.agreements(), "agreement", agreements, row -> new AgreementRow(iri(row, "agreement"),
                iri(row, "field"), text(row, "value"), row.get("value").isLiteral()));
    }

    /** {@code cn:Agreement} and every class below it. */
    Set<String> agreementClasses() {
        return new HashSet<>(runner.select(queries.agreementClasses(), Map.of(), timeout, row -> iri(row, "class")));
    }

    List<LabelRow> labels(Collection<String> iris) {
        return select(queries.labels(), "entity", iris, row -> {
            Literal label = row.getLiteral("label");
            return new LabelRow(iri(row, "entity"), label.getLanguage(), label.getLexicalForm());
        });
    }

    List<SourceRow> sources(Collection<String> iris) {
        return select(queries.sources(), "source", iris, row -> {
            Literal title = row.contains("title") && row.get("title").isLiteral() ? row.getLiteral("title") : null;
            return new SourceRow(iri(row, "source"), title == null ? null : title.getLanguage(),
                    title == null ? null : title.getLexicalForm(), iri(row, "publisher"), iri(row, "language"),
                    lexical(row, "date"), lexical(row, "seedFile"));
        });
    }

    /** For each source document that has one, the named graph holding its facts (the smallest if several). */
    Map<String, String> sourceGraphs() {
        Map<String, String> graphs = new HashMap<>();
        runner.select(queries.sourceGraphs(), Map.of(), timeout, row -> List.of(iri(row, "source"), iri(row, "graph")))
                .forEach(pair -> FactRows.putSmallest(graphs, pair.get(0), pair.get(1)));
        return graphs;
    }

    /** How many {@code cn:City}s the data holds. */
    int cityCount() {
        return runner.select(queries.cityCount(), Map.of(), WHOLE_GRAPH_TIMEOUT,
                row -> row.getLiteral("cities").getInt()).stream().findFirst().orElse(0);
    }

    /** Every {@code cn:City}, in no particular order; in pages from a store that caps its answers. */
    List<String> allCities() {
        return runner.selectAll(queries.allCities(), Map.of(), "city", WHOLE_GRAPH_TIMEOUT, row -> iri(row, "city"));
    }

    /**
     * The query for the given IRIs, {@value #IRI_BATCH} at a time: a batch of cities may hold a party to thousands
     * of agreements, more IRIs than a store takes in one query (Virtuoso: 400 Bad Request). Every query's rows
     * carry the IRI they were asked for, so no row comes from two parts.
     */
    private <T> List<T> select(Query query, String variable, Collection<String> iris,
                               Function<QuerySolution, T> mapper) {
        List<String> all = List.copyOf(iris);
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IRI_BATCH) {
            rows.addAll(runner.select(CompareQueries.withValues(query, variable,
                    all.subList(from, Math.min(all.size(), from + IRI_BATCH))), Map.of(), timeout, mapper));
        }
        return rows;
    }

    /** An IRI as text; another node (a blank node, a stray literal) as Jena writes it. */
    static String iri(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    /** A literal's lexical form, or what {@link #iri} gives. */
    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : iri(row, variable);
    }

    private static String lexical(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    }
}
