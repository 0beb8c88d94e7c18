package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.citynet.kernel.rdf.AgreementValidity;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;
import org.citynet.kernel.rdf.Vocabularies.PROV;
import org.citynet.kernel.rdf.Vocabularies.SCHEMA;
import org.citynet.kernel.rdf.Vocabulary;
import org.citynet.web.api.compare.FactQueries.AgreementRow;
import org.citynet.web.api.compare.FactQueries.MembershipRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of the membership and agreement queries (one per node and field value), folded into one node
 * per membership and one per agreement: the rules both readers share, so that the index and the SPARQL
 * reader cannot differ. A membership needs an {@code org:organization}, an agreement a class from
 * {@code agreement-classes.rq}; other nodes are dropped. Terms (organisation, roles, classes, parties,
 * sources) are the IRI values of their fields, dates the literal ones. Where a node has a field more than
 * once (two start dates, two organisations), the smallest value is kept; lists are distinct and sorted; so
 * nothing depends on the order a store gives rows in. Immutable.
 */
final class FactRows {

    private static final Logger log = LoggerFactory.getLogger(FactRows.class);

    static final String ORGANIZATION = ORG.organization.getURI();
    static final String ROLE = ORG.role.getURI();
    static final String START = SCHEMA.startDate.getURI();
    static final String END = SCHEMA.endDate.getURI();
    static final String SOURCE = PROV.wasDerivedFrom.getURI();
    static final String TYPE = RDF.type.getURI();
    static final String PARTY = CN.party.getURI();
    static final String SIGNING = CN.signingDate.getURI();
    static final String STATUS = CN.validityStatus.getURI();

    /** One membership, its terms as IRIs; dates as written. */
    record MembershipNode(String iri, String city, String organization, List<String> roles, String start,
                          String end, List<String> sources) {
    }

    /**
     * One agreement, its terms as IRIs; {@code kind} is its most specific class; {@code superseded} is
     * {@link Vocabulary#SUPERSEDED} if a source presents it so, else null.
     */
    record AgreementNode(String iri, String kind, List<String> parties, String signing, String start, String end,
                         String superseded, List<String> sources) {
    }

    private final List<MembershipNode> memberships;
    private final List<AgreementNode> agreements;

    /** @param agreementClasses {@code cn:Agreement} and its subclasses; not read if there are no agreement rows */
    FactRows(List<MembershipRow> membershipRows, List<AgreementRow> agreementRows,
             Supplier<Set<String>> agreementClasses) {
        this.memberships = membershipNodes(membershipRows);
        this.agreements = agreementRows.isEmpty() ? List.of() : agreementNodes(agreementRows, agreementClasses.get());
    }

    /** Ordered by membership IRI (then city). */
    List<MembershipNode> memberships() {
        return memberships;
    }

    List<AgreementNode> agreements() {
        return agreements;
    }

    /** Organisations, roles, agreements, their classes and parties: everything the answer names. */
    Set<String> labelledIris() {
        Set<String> iris = new LinkedHashSet<>();
        memberships.forEach(m -> {
            iris.add(m.organization());
            iris.addAll(m.roles());
        });
        agreements.forEach(a -> {
            iris.add(a.iri());
            iris.add(a.kind());
            iris.addAll(a.parties());
        });
        return iris;
    }

    Set<String> sourceIris() {
        Set<String> iris = new LinkedHashSet<>();
        memberships.forEach(m -> iris.addAll(m.sources()));
        agreements.forEach(a -> iris.addAll(a.sources()));
        return iris;
    }

    /** The facts of one answer, once the labels and source documents are known. */
    CityFacts toFacts(long generation, List<String> cities, Map<String, Map<String, String>> labels,
                      Map<String, SourceDocument> sources) {
        Function<String, Term> term = iri -> new Term(iri, labels.getOrDefault(iri, Map.of()));
        Function<List<String>, List<SourceDocument>> documents = iris -> iris.stream()
                .map(iri -> sources.getOrDefault(iri, SourceDocument.undescribed(iri))).toList();
        Map<String, Term> cityTerms = new LinkedHashMap<>();
        cities.forEach(city -> cityTerms.put(city, term.apply(city)));
        Map<String, List<MembershipRecord>> byCity = new HashMap<>();
        for (MembershipNode m : memberships) {
            byCity.computeIfAbsent(m.city(), k -> new ArrayList<>()).add(new MembershipRecord(m.iri(), m.city(),
                    term.apply(m.organization()), m.roles().stream().map(term).toList(),
                    membershipPeriod(m.start(), m.end(), m.iri()), documents.apply(m.sources())));
        }
        List<AgreementRecord> agreementRecords = agreements.stream().map(a -> {
            return new AgreementRecord(a.iri(), labels.getOrDefault(a.iri(), Map.of()), term.apply(a.kind()),
                    a.parties().stream().map(term).toList(),
                    validity(a.signing(), a.start(), a.end(), a.superseded(), a.iri()), documents.apply(a.sources()));
        }).toList();
        return new CityFacts(generation, cityTerms, byCity, agreementRecords);
    }

    private static List<MembershipNode> membershipNodes(List<MembershipRow> rows) {
        Map<List<String>, Fields> byNode = new LinkedHashMap<>();
        rows.forEach(r -> byNode.computeIfAbsent(List.of(r.membership(), r.city()), k -> new Fields())
                .add(r.field(), r.value(), r.literal()));
        List<MembershipNode> nodes = new ArrayList<>();
        byNode.forEach((key, f) -> {
            String organization = f.smallestTerm(ORGANIZATION);
            if (organization != null) {
                nodes.add(new MembershipNode(key.get(0), key.get(1), organization, f.terms(ROLE), f.smallestDate(START),
                        f.smallestDate(END), f.terms(SOURCE)));
            }
        });
        nodes.sort(Comparator.comparing(MembershipNode::iri).thenComparing(MembershipNode::city));
        return List.copyOf(nodes);
    }

    private static List<AgreementNode> agreementNodes(List<AgreementRow> rows, Set<String> classes) {
        Map<String, Fields> byNode = new LinkedHashMap<>();
        rows.forEach(r -> byNode.computeIfAbsent(r.agreement(), k -> new Fields()).add(r.field(), r.value(),
                r.literal()));
        List<AgreementNode> nodes = new ArrayList<>();
        byNode.forEach((iri, f) -> {
            List<String> kinds = f.terms(TYPE).stream().filter(classes::contains).toList();
            if (!kinds.isEmpty()) {
                nodes.add(new AgreementNode(iri, mostSpecific(kinds), f.terms(PARTY), f.smallestDate(SIGNING),
                        f.smallestDate(START), f.smallestDate(END),
                        f.terms(STATUS).contains(Vocabulary.SUPERSEDED) ? Vocabulary.SUPERSEDED : null,
                        f.terms(SOURCE)));
            }
        });
        return List.copyOf(nodes);
    }

    /** The values of one node's fields: IRIs (terms) and literals (dates) apart. */
    private static final class Fields {
        private final Map<String, List<String>> terms = new HashMap<>();
        private final Map<String, String> dates = new HashMap<>();

        void add(String field, String value, boolean literal) {
            if (literal) {
                putSmallest(dates, field, value);
            } else {
                terms.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
            }
        }

        /** Distinct and sorted, so that answers do not depend on the order the store gives rows in. */
        List<String> terms(String field) {
            return terms.getOrDefault(field, List.of()).stream().distinct().sorted().toList();
        }

        String smallestTerm(String field) {
            return terms.getOrDefault(field, List.of()).stream().min(Comparator.naturalOrder()).orElse(null);
        }

        String smallestDate(String field) {
            return dates.get(field);
        }
    }

    /** The agreement's class below cn:Agreement if it has one; the smallest IRI if it has several. */
    static String mostSpecific(List<String> kinds) {
        return kinds.stream().filter(k -> !k.equals(CN.Agreement.getURI())).sorted().findFirst()
                .orElse(CN.Agreement.getURI());
    }

    static Period membershipPeriod(String start, String end, String subject) {
        return new Period(date(start, subject), date(end, subject));
    }

    /**
     * An agreement's validity by the service's one rule ({@link AgreementValidity}): without a start date it
     * starts when it was signed, if that is known; superseded without a stated end, it is in force at no date.
     *
     * @param superseded {@link Vocabulary#SUPERSEDED} or null
     */
    static AgreementValidity validity(String signing, String start, String end, String superseded, String subject) {
        return validity(date(signing, subject), date(start, subject), date(end, subject), superseded != null);
    }

    /** {@link #validity(String, String, String, String, String)} of dates already read. */
    static AgreementValidity validity(PartialDate signing, PartialDate start, PartialDate end, boolean superseded) {
        return new AgreementValidity(start, signing, end, superseded);
    }

    static PartialDate date(String lexical, String subject) {
        if (lexical == null) {
            return null;
        }
        PartialDate date = PartialDate.parseLexical(lexical).orElse(null);
        if (date == null) {
            log.warn("Ignoring the date '{}' of {}: not a year, month or day", lexical, subject);
        }
        return date;
    }

    /** Keeps, for each key, the smallest value put: the same whatever order the rows came in. */
    static void putSmallest(Map<String, String> map, String key, String value) {
        map.merge(key, value, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
}
