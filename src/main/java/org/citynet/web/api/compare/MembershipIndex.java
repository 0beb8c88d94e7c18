package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;

/**
 * Every city's own memberships (organisation, roles, period, sources) and the agreements it is a party to,
 * as of one store generation, in compact columns of term numbers ({@link MembershipIndexBuilder} makes it).
 * Labels and source titles are not kept: they are looked up in the store when an answer is made, which
 * keeps the index to tens of megabytes at 100,000 cities. Immutable and thread-safe.
 *
 * @param generation the store generation it was built from; it must be used with that generation only
 */
record MembershipIndex(long generation, String[] terms, Map<String, CityRefs> cities, Nodes memberships,
                       Nodes agreements) {

    /** A city's memberships and agreements, as positions in the columns. */
    record CityRefs(int[] memberships, int[] agreements) {
    }

    /**
     * One kind of node (memberships or agreements): its IRI, one term ({@code organization} or agreement
     * class), a list of terms ({@code roles} or {@code parties}), up to three dates (term numbers of their
     * lexical forms, -1 for none) and its sources. List columns hold, for node {@code i}, the entries from
     * {@code start[i]} to {@code start[i + 1]}.
     */
    record Nodes(IriColumn iris, int[] term, int[] listStart, int[] list, int[][] dates, int[] sourceStart,
                 int[] sources) {
    }

    /**
     * Roughly the heap the index takes, for the log: its arrays, the term strings and the city map (object
     * headers estimated at 16 bytes, map entries at 48 bytes per city).
     */
    long approximateBytes() {
        long bytes = nodesBytes(memberships) + nodesBytes(agreements) + 48L * cities.size();
        for (String term : terms) {
            bytes += 40 + term.length();
        }
        for (CityRefs refs : cities.values()) {
            bytes += 56 + 4L * (refs.memberships().length + refs.agreements().length);
        }
        return bytes;
    }

    private static long nodesBytes(Nodes nodes) {
        long ints = nodes.term().length + nodes.listStart().length + nodes.list().length + nodes.sourceStart().length
                + nodes.sources().length;
        for (int[] dates : nodes.dates()) {
            ints += dates.length;
        }
        return 4 * ints + nodes.iris().approximateBytes();
    }

    /** The facts {@link SparqlMembershipSource} would read, with labels and titles from {@code graph}. */
    CityFacts facts(List<String> cityIris, Graph graph) {
        StoreTerms store = new StoreTerms(graph);
        Map<String, Term> known = new LinkedHashMap<>();
        Map<String, List<MembershipRecord>> byCity = new HashMap<>();
        Set<Integer> agreementIds = new LinkedHashSet<>();
        for (String city : cityIris) {
            CityRefs refs = cities.get(city);
            if (refs == null || known.containsKey(city)) {
                continue;
            }
            known.put(city, store.term(city));
            List<MembershipRecord> records = new ArrayList<>();
            for (int m : refs.memberships()) {
                records.add(membership(m, city, store));
            }
            byCity.put(city, records);
            for (int a : refs.agreements()) {
                agreementIds.add(a);
            }
        }
        List<AgreementRecord> agreementRecords = agreementIds.stream().map(a -> agreement(a, store)).toList();
        return new CityFacts(generation, known, byCity, agreementRecords);
    }

    private MembershipRecord membership(int m, String city, StoreTerms store) {
        String iri = memberships.iris().get(m, terms);
        Period period = new Period(date(memberships, 0, m, iri), date(memberships, 1, m, iri));
        return new MembershipRecord(iri, city, store.term(terms[memberships.term()[m]]),
                listTerms(memberships, m, store), period, sources(memberships, m, store));
    }

    private AgreementRecord agreement(int a, StoreTerms store) {
        String iri = agreements.iris().get(a, terms);
        PartialDate signing = date(agreements, 0, a, iri);
        Period period = Period.ofAgreement(date(agreements, 1, a, iri), signing, date(agreements, 2, a, iri));
        return new AgreementRecord(iri, store.labels(iri), store.term(terms[agreements.term()[a]]),
                listTerms(agreements, a, store), signing, period, sources(agreements, a, store));
    }

    private List<Term> listTerms(Nodes nodes, int i, StoreTerms store) {
        List<Term> list = new ArrayList<>();
        for (int k = nodes.listStart()[i]; k < nodes.listStart()[i + 1]; k++) {
            list.add(store.term(terms[nodes.list()[k]]));
        }
        return list;
    }

    private List<SourceDocument> sources(Nodes nodes, int i, StoreTerms store) {
        List<SourceDocument> list = new ArrayList<>();
        for (int k = nodes.sourceStart()[i]; k < nodes.sourceStart()[i + 1]; k++) {
            list.add(store.source(terms[nodes.sources()[k]]));
        }
        return list;
    }

    private PartialDate date(Nodes nodes, int which, int i, String subject) {
        int term = nodes.dates()[which][i];
        return term < 0 ? null : FactRows.date(terms[term], subject);
    }
}
