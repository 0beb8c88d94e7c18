package org.citynet.web.api.compare;

import static org.citynet.web.api.compare.SparqlMembershipSource.iri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;
import org.citynet.kernel.rdf.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of the membership and agreement queries (one per role, party, source ... combination), folded
 * into one {@link MembershipRecord} per membership node and one {@link AgreementRecord} per agreement once
 * the labels and source documents are known. Rows are copied out of the query results inside the read
 * transaction. Used once per read.
 */
final class FactRows {

    private static final Logger log = LoggerFactory.getLogger(FactRows.class);

    record MembershipRow(String city, String membership, String organization, String role, String start,
                         String end, String source) {
    }

    record AgreementRow(String agreement, String kind, String party, String signing, String start, String end,
                        String source) {
    }

    private final List<MembershipRow> memberships;
    private final List<AgreementRow> agreements;

    FactRows(List<MembershipRow> memberships, List<AgreementRow> agreements) {
        this.memberships = List.copyOf(memberships);
        this.agreements = List.copyOf(agreements);
    }

    static MembershipRow membership(QuerySolution row) {
        return new MembershipRow(iri(row, "city"), iri(row, "membership"), iri(row, "organization"),
                iri(row, "role"), lexical(row, "start"), lexical(row, "end"), iri(row, "source"));
    }

    static AgreementRow agreement(QuerySolution row) {
        return new AgreementRow(iri(row, "agreement"), iri(row, "kind"), iri(row, "party"),
                lexical(row, "signing"), lexical(row, "start"), lexical(row, "end"), iri(row, "source"));
    }

    /** Organisations, roles, agreements, their classes and parties: everything the answer names. */
    Set<String> labelledIris() {
        Set<String> iris = new LinkedHashSet<>();
        memberships.forEach(r -> Stream.of(r.organization(), r.role()).filter(Objects::nonNull).forEach(iris::add));
        agreements.forEach(r -> Stream.of(r.agreement(), r.kind(), r.party()).forEach(iris::add));
        return iris;
    }

    Set<String> sourceIris() {
        Set<String> iris = new LinkedHashSet<>();
        Stream.concat(memberships.stream().map(MembershipRow::source), agreements.stream().map(AgreementRow::source))
                .filter(Objects::nonNull).forEach(iris::add);
        return iris;
    }

    CityFacts toFacts(long generation, List<String> cities, Map<String, Map<String, String>> labels,
                      Map<String, SourceDocument> sources) {
        Labels names = new Labels(labels, sources);
        Map<String, Term> cityTerms = new LinkedHashMap<>();
        cities.forEach(city -> cityTerms.put(city, names.term(city)));
        Map<String, List<MembershipRecord>> byCity = new HashMap<>();
        membershipRecords(names).forEach(m -> byCity.computeIfAbsent(m.city(), k -> new ArrayList<>()).add(m));
        return new CityFacts(generation, cityTerms, byCity, agreementRecords(names));
    }

    private List<MembershipRecord> membershipRecords(Labels names) {
        Map<List<String>, List<MembershipRow>> byNode = new LinkedHashMap<>();
        memberships.forEach(r -> byNode.computeIfAbsent(List.of(r.membership(), r.city()), k -> new ArrayList<>())
                .add(r));
        return byNode.values().stream().sorted(Comparator.comparing(rows -> rows.get(0).membership()))
                .map(rows -> {
            MembershipRow first = rows.get(0);
            List<Term> roles = distinct(rows.stream().map(MembershipRow::role)).stream().map(names::term).toList();
            Period period = new Period(date(first.start(), first.membership()), date(first.end(), first.membership()));
            return new MembershipRecord(first.membership(), first.city(), names.term(first.organization()), roles,
                    period, names.sources(rows.stream().map(MembershipRow::source)));
        }).toList();
    }

    private List<AgreementRecord> agreementRecords(Labels names) {
        Map<String, List<AgreementRow>> byNode = new LinkedHashMap<>();
        agreements.forEach(r -> byNode.computeIfAbsent(r.agreement(), k -> new ArrayList<>()).add(r));
        return byNode.values().stream().map(rows -> {
            AgreementRow first = rows.get(0);
            PartialDate signing = date(first.signing(), first.agreement());
            Period period = Period.ofAgreement(date(first.start(), first.agreement()), signing,
                    date(first.end(), first.agreement()));
            List<Term> parties = distinct(rows.stream().map(AgreementRow::party)).stream().map(names::term).toList();
            return new AgreementRecord(first.agreement(), names.labels(first.agreement()),
                    names.term(mostSpecific(distinct(rows.stream().map(AgreementRow::kind)))), parties, signing,
                    period, names.sources(rows.stream().map(AgreementRow::source)));
        }).toList();
    }

    /** The agreement's class below cn:Agreement if it has one; the smallest IRI if it has several. */
    static String mostSpecific(List<String> kinds) {
        return kinds.stream().filter(k -> !k.equals(Vocabulary.AGREEMENT)).sorted().findFirst()
                .orElse(Vocabulary.AGREEMENT);
    }

    /** Distinct and sorted, so that answers do not depend on the order the store gives rows in. */
    private static List<String> distinct(Stream<String> values) {
        return values.filter(Objects::nonNull).distinct().sorted().toList();
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

    private static String lexical(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    }

    /** Looks up labels and source documents read for this answer. */
    private record Labels(Map<String, Map<String, String>> labels, Map<String, SourceDocument> sources) {

        Term term(String iri) {
            return new Term(iri, labels(iri));
        }

        Map<String, String> labels(String iri) {
            return labels.getOrDefault(iri, Map.of());
        }

        List<SourceDocument> sources(Stream<String> iris) {
            return distinct(iris).stream()
                    .map(iri -> sources.getOrDefault(iri, new SourceDocument(iri, Map.of(), null))).toList();
        }
    }
}
