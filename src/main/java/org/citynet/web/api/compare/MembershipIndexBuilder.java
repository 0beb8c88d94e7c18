package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citynet.web.api.compare.FactQueries.LabelRow;
import org.citynet.web.api.compare.FactRows.AgreementNode;
import org.citynet.web.api.compare.FactRows.MembershipNode;

/**
 * Builds a {@link MembershipIndex} from the store with the comparison's own SELECTs ({@link FactQueries},
 * the same queries and folding rules as {@link SparqlMembershipSource}, so both read the same facts), the
 * same on every kind of store: every city (checked against their count, for stores that cut answers
 * short), then for each batch of cities their memberships, their agreements and the labels of both, then
 * the source documents, then the labels of everything else the answers name (organisations, roles,
 * classes, other parties, publishers). Every other query is about a batch, so it runs within the
 * named-query timeout and no answer comes near the row limits stores put on answers. Rows are folded into the columns
 * batch by batch; nothing holds the whole graph. Each query reads its own state of the data: the caller
 * compares the store's change stamp before and after. Used once per build, by one thread.
 */
final class MembershipIndexBuilder {

    static final int CITY_BATCH = 100;
    static final int TERM_BATCH = 500;

    private final FactQueries queries;
    private final TermTable terms = new TermTable();
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final List<String> sourceIris = new ArrayList<>();
    private final NodeColumns memberships = new NodeColumns(2, terms, this::sourceNumber);
    private final NodeColumns agreements = new NodeColumns(4, terms, this::sourceNumber);
    private final IntColumn membershipStart = new IntColumn();
    private final IntColumn partyCities = new IntColumn();
    private final IntColumn partyAgreements = new IntColumn();
    private final LabelColumn.Builder termLabels = new LabelColumn.Builder();
    private final LabelColumn.Builder agreementLabels = new LabelColumn.Builder();
    private String[] cities;
    private int[] cityTerms;
    private Set<String> agreementClasses;

    private MembershipIndexBuilder(FactQueries queries) {
        this.queries = queries;
    }

    /**
     * @param stamp      the store's change stamp, read before this build started
     * @param generation the store's generation, read after the stamp
     * @throws IllegalStateException if the cities read do not add up to their count (a store that cuts
     *                               answers short, or data that changed meanwhile)
     */
    static MembershipIndex build(FactQueries queries, String stamp, long generation) {
        return new MembershipIndexBuilder(queries).build(stamp, generation);
    }

    private MembershipIndex build(String stamp, long generation) {
        readCities();
        for (int from = 0; from < cities.length; from += CITY_BATCH) {
            addCities(from, Math.min(cities.length, from + CITY_BATCH));
        }
        membershipStart.add(memberships.size());
        Map<String, SourceRows.Described> described = describeSources();
        labelTerms();
        LabelColumn labels = termLabels.freeze(terms.size());
        String[] termArray = terms.toArray();
        SourceDocument[] documents = new SourceDocument[sourceIris.size()];
        for (int s = 0; s < documents.length; s++) {
            SourceRows.Described description = described.get(sourceIris.get(s));
            documents[s] = description == null ? SourceDocument.undescribed(sourceIris.get(s))
                    : description.document(iri -> new Term(iri, labels.labels(terms.existing(iri))));
        }
        MembershipIndex.Nodes agreementNodes = agreements.freeze();
        return new MembershipIndex(stamp, generation, termArray, cityColumns(), memberships.freeze(), agreementNodes,
                labels, agreementLabels.freeze(agreementNodes.size()), documents);
    }

    private void readCities() {
        int count = queries.cityCount();
        cities = queries.allCities().stream().sorted().distinct().toArray(String[]::new);
        if (cities.length != count) {
            throw new IllegalStateException("Read " + cities.length + " cities, but the store counts " + count
                    + ": it cuts answers short (raise its limit on result rows), or the data changed meanwhile");
        }
        cityTerms = new int[cities.length];
        for (int c = 0; c < cities.length; c++) {
            cityTerms[c] = terms.number(cities[c]);
        }
    }

    /** Cities {@code from} to {@code to} (exclusive): their memberships, new agreements and labels. */
    private void addCities(int from, int to) {
        List<String> batch = Arrays.asList(cities).subList(from, to);
        FactRows rows = new FactRows(queries.memberships(batch), queries.agreements(batch, 1), this::agreementClasses);
        // Stable: within a city the memberships stay in IRI order.
        List<MembershipNode> nodes = new ArrayList<>(rows.memberships());
        nodes.sort(Comparator.comparingInt(m -> city(m.city())));
        int next = 0;
        for (int c = from; c < to; c++) {
            membershipStart.add(memberships.size());
            for (; next < nodes.size() && city(nodes.get(next).city()) == c; next++) {
                MembershipNode m = nodes.get(next);
                memberships.add(m.iri(), m.organization(), m.roles(), new String[] {m.start(), m.end()}, m.sources());
            }
        }
        Map<String, Integer> added = new HashMap<>();
        for (AgreementNode a : rows.agreements()) {
            int[] parties = a.parties().stream().mapToInt(this::city).filter(c -> c >= 0).toArray();
            // An agreement between cities of several batches is added with the first of them.
            if (parties.length == 0 || Arrays.stream(parties).min().getAsInt() < from) {
                continue;
            }
            int position = agreements.add(a.iri(), a.kind(), a.parties(),
                    new String[] {a.signing(), a.start(), a.end(), a.superseded()}, a.sources());
            for (int party : parties) {
                partyCities.add(party);
                partyAgreements.add(position);
            }
            added.put(a.iri(), position);
        }
        List<String> entities = new ArrayList<>(batch);
        entities.addAll(added.keySet());
        for (LabelRow row : queries.labels(entities)) {
            Integer agreement = added.get(row.entity());
            if (agreement != null) {
                agreementLabels.add(agreement, row.language(), row.label());
            } else if (city(row.entity()) >= 0) {
                termLabels.add(terms.existing(row.entity()), row.language(), row.label());
            }
        }
    }

    private Map<String, SourceRows.Described> describeSources() {
        Map<String, SourceRows.Described> described = new HashMap<>();
        Map<String, String> graphs = sourceIris.isEmpty() ? Map.of() : queries.sourceGraphs();
        for (int from = 0; from < sourceIris.size(); from += TERM_BATCH) {
            SourceRows rows = new SourceRows(queries.sources(sourceIris.subList(from,
                    Math.min(sourceIris.size(), from + TERM_BATCH))), graphs);
            described.putAll(rows.described());
            rows.publishers().forEach(terms::labelled);
        }
        return described;
    }

    /** The labels of every term an answer shows that is not a city. */
    private void labelTerms() {
        List<String> wanted = new ArrayList<>();
        // A city's labels were read with its batch.
        terms.labelledTerms().filter(iri -> city(iri) < 0).forEach(wanted::add);
        for (int from = 0; from < wanted.size(); from += TERM_BATCH) {
            for (LabelRow row : queries.labels(wanted.subList(from, Math.min(wanted.size(), from + TERM_BATCH)))) {
                termLabels.add(terms.existing(row.entity()), row.language(), row.label());
            }
        }
    }

    /** For each city, the agreements it is a party to, in the order they were added. */
    private MembershipIndex.Cities cityColumns() {
        int[] city = partyCities.toArray();
        int[] agreement = partyAgreements.toArray();
        int[] start = new int[cities.length + 1];
        for (int c : city) {
            start[c + 1]++;
        }
        for (int c = 0; c < cities.length; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, cities.length);
        int[] ofCity = new int[agreement.length];
        for (int k = 0; k < city.length; k++) {
            ofCity[next[city[k]]++] = agreement[k];
        }
        return new MembershipIndex.Cities(cities, cityTerms, membershipStart.toArray(), start, ofCity);
    }

    private Set<String> agreementClasses() {
        if (agreementClasses == null) {
            agreementClasses = queries.agreementClasses();
        }
        return agreementClasses;
    }

    private int city(String iri) {
        int c = Arrays.binarySearch(cities, iri);
        return c < 0 ? -1 : c;
    }

    private int sourceNumber(String iri) {
        return sourceNumbers.computeIfAbsent(iri, s -> {
            sourceIris.add(s);
            return sourceIris.size() - 1;
        });
    }
}
