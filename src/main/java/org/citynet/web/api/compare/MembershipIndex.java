package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;

/**
 * Everything a comparison answer needs, as of one state of the store, so that an answer reads no store at
 * all: every city's own memberships (organisation, roles, period, sources), the agreements it is a party to
 * (class, parties, dates, sources), the labels in every language of the cities, organisations, roles,
 * agreements, their classes and parties, and the source documents' descriptions. Kept in compact columns
 * of term numbers ({@link MembershipIndexBuilder} makes it): a term (an IRI, a date as written) is kept
 * once however often it occurs, membership and agreement IRIs as namespace number and UTF-8 local name,
 * labels in a {@link LabelColumn}. Immutable and thread-safe.
 */
final class MembershipIndex {

    /**
     * One kind of node (memberships or agreements): its IRI, one term ({@code organization} or agreement
     * class), a list of terms ({@code roles} or {@code parties}), up to three dates (term numbers of their
     * lexical forms, -1 for none) and its sources (numbers into the index's source documents). List columns
     * hold, for node {@code i}, the entries from {@code start[i]} to {@code start[i + 1]}.
     */
    record Nodes(IriColumn iris, int[] term, int[] listStart, int[] list, int[][] dates, int[] sourceStart,
                 int[] sources) {

        int size() {
            return term.length;
        }

        long approximateBytes() {
            long ints = term.length + listStart.length + list.length + sourceStart.length + sources.length;
            for (int[] column : dates) {
                ints += column.length;
            }
            return 4 * ints + iris.approximateBytes();
        }
    }

    /**
     * The cities, sorted by IRI (found by binary search). For city {@code i}: its term number, its
     * memberships (positions {@code membershipStart[i]} to {@code membershipStart[i + 1]} of the membership
     * nodes, ordered by IRI) and its agreements ({@code agreements[agreementStart[i]]} up to
     * {@code agreementStart[i + 1]}).
     */
    record Cities(String[] iris, int[] terms, int[] membershipStart, int[] agreementStart, int[] agreements) {

        int find(String iri) {
            return Arrays.binarySearch(iris, iri);
        }

        long approximateBytes() {
            return 4L * (iris.length + terms.length + membershipStart.length + agreementStart.length
                    + agreements.length);
        }
    }

    private final String stamp;
    private final long generation;
    private final String[] terms;
    private final Cities cities;
    private final Nodes memberships;
    private final Nodes agreements;
    private final LabelColumn termLabels;
    private final LabelColumn agreementLabels;
    private final SourceDocument[] sources;
    /**
     * Dates by term number, parsed on first use: comparisons at 100,000 cities spent 6 % of their time parsing the
     * same date terms again on every request. At most one entry per distinct date term (dates are terms, shared);
     * unparseable ones are not kept (and warned about each time, as before).
     */
    private final Map<Integer, PartialDate> parsedDates = new ConcurrentHashMap<>();
    /**
     * The terms of organisations, roles and agreement classes by number, made on first use: every comparison made
     * the same networks' and roles' terms (and their label maps) again. Cities' terms are not kept (a hundred
     * thousand of them, each asked for rarely). Two threads may make one twice, harmlessly: a Term is immutable.
     */
    private final Term[] sharedTerms;

    /**
     * @param stamp      the store's change stamp the index was built at: it describes that data only
     * @param generation the store's generation then, which answers report
     * @param termLabels labels by term number
     * @param agreementLabels the agreements' own labels, by agreement position
     */
    MembershipIndex(String stamp, long generation, String[] terms, Cities cities, Nodes memberships,
                    Nodes agreements, LabelColumn termLabels, LabelColumn agreementLabels,
                    SourceDocument[] sources) {
        this.stamp = stamp;
        this.generation = generation;
        this.terms = terms;
        this.sharedTerms = new Term[terms.length];
        this.cities = cities;
        this.memberships = memberships;
        this.agreements = agreements;
        this.termLabels = termLabels;
        this.agreementLabels = agreementLabels;
        this.sources = sources;
    }

    String stamp() {
        return stamp;
    }

    long generation() {
        return generation;
    }

    int cityCount() {
        return cities.iris().length;
    }

    /** Every city the index knows, in IRI order. */
    List<String> cityIris() {
        return List.of(cities.iris());
    }

    /** The cities among {@code iris} the index knows, with their labels, in IRI order. */
    List<Term> cities(Collection<String> iris) {
        List<Term> found = new ArrayList<>();
        for (String iri : new TreeSet<>(iris)) {
            int c = cities.find(iri);
            if (c >= 0) {
                found.add(term(cities.terms()[c]));
            }
        }
        return found;
    }

    /** Every city with its labels, in IRI order: made on each call, so the index holds no second copy. */
    List<Term> cities() {
        List<Term> all = new ArrayList<>(cities.terms().length);
        for (int term : cities.terms()) {
            all.add(term(term));
        }
        return all;
    }

    int membershipCount() {
        return memberships.size();
    }

    int agreementCount() {
        return agreements.size();
    }

    int labelCount() {
        return termLabels.size() + agreementLabels.size();
    }

    int sourceCount() {
        return sources.length;
    }

    /**
     * Roughly the heap the index takes, for the log: its arrays, each distinct string once (a String of n
     * Latin-1 characters at about 40 + n bytes) and some 300 bytes per source document.
     */
    long approximateBytes() {
        long bytes = cities.approximateBytes() + memberships.approximateBytes() + agreements.approximateBytes()
                + termLabels.approximateBytes() + agreementLabels.approximateBytes() + 300L * sources.length
                + 4L * sharedTerms.length;
        for (String term : terms) {
            bytes += 44 + term.length();
        }
        return bytes;
    }

    /** The facts {@link SparqlMembershipSource} would read at this index's stamp, read from memory only. */
    CityFacts facts(List<String> cityIris) {
        Map<String, Term> known = new LinkedHashMap<>();
        Map<String, List<MembershipRecord>> byCity = new HashMap<>();
        Map<Integer, Integer> partiesAsked = new LinkedHashMap<>();
        for (String city : cityIris) {
            int c = cities.find(city);
            if (c < 0 || known.containsKey(city)) {
                continue;
            }
            known.put(city, term(cities.terms()[c]));
            List<MembershipRecord> records = new ArrayList<>();
            for (int m = cities.membershipStart()[c]; m < cities.membershipStart()[c + 1]; m++) {
                records.add(membership(m, city));
            }
            if (!records.isEmpty()) {
                byCity.put(city, records);
            }
            for (int k = cities.agreementStart()[c]; k < cities.agreementStart()[c + 1]; k++) {
                partiesAsked.merge(cities.agreements()[k], 1, Integer::sum);
            }
        }
        List<AgreementRecord> agreementRecords = new ArrayList<>();
        partiesAsked.forEach((a, parties) -> {
            if (parties >= CityFacts.PARTIES) {
                agreementRecords.add(agreement(a));
            }
        });
        return new CityFacts(generation, known, byCity, agreementRecords);
    }

    private MembershipRecord membership(int m, String city) {
        String iri = memberships.iris().get(m, terms);
        return new MembershipRecord(iri, city, sharedTerm(memberships.term()[m]),
                listTerms(memberships, m, this::sharedTerm),
                new Period(parsed(memberships, 0, m, iri), parsed(memberships, 1, m, iri)), sources(memberships, m));
    }

    private AgreementRecord agreement(int a) {
        String iri = agreements.iris().get(a, terms);
        return new AgreementRecord(iri, agreementLabels.labels(a), sharedTerm(agreements.term()[a]),
                listTerms(agreements, a, this::term), FactRows.validity(parsed(agreements, 0, a, iri),
                        parsed(agreements, 1, a, iri), parsed(agreements, 2, a, iri), date(agreements, 3, a) != null),
                sources(agreements, a));
    }

    private Term term(int number) {
        return new Term(terms[number], termLabels.labels(number));
    }

    private Term sharedTerm(int number) {
        Term made = sharedTerms[number];
        if (made == null) {
            made = term(number);
            sharedTerms[number] = made;
        }
        return made;
    }

    /** The listed terms of entry {@code i} (a membership's roles, an agreement's parties), each made by {@code make}. */
    private static List<Term> listTerms(Nodes nodes, int i, IntFunction<Term> make) {
        List<Term> list = new ArrayList<>(nodes.listStart()[i + 1] - nodes.listStart()[i]);
        for (int k = nodes.listStart()[i]; k < nodes.listStart()[i + 1]; k++) {
            list.add(make.apply(nodes.list()[k]));
        }
        return list;
    }

    private List<SourceDocument> sources(Nodes nodes, int i) {
        List<SourceDocument> list = new ArrayList<>(nodes.sourceStart()[i + 1] - nodes.sourceStart()[i]);
        for (int k = nodes.sourceStart()[i]; k < nodes.sourceStart()[i + 1]; k++) {
            list.add(sources[nodes.sources()[k]]);
        }
        return list;
    }

    private PartialDate parsed(Nodes nodes, int which, int i, String subject) {
        int term = nodes.dates()[which][i];
        if (term < 0) {
            return null;
        }
        PartialDate date = parsedDates.get(term);
        if (date == null) {
            date = FactRows.date(terms[term], subject);
            if (date != null) {
                parsedDates.put(term, date);
            }
        }
        return date;
    }

    private String date(Nodes nodes, int which, int i) {
        int term = nodes.dates()[which][i];
        return term < 0 ? null : terms[term];
    }
}
