package org.citynet.web.api.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.citynet.kernel.rdf.Vocabulary;

/**
 * Builds a {@link MembershipIndex} from the store's union graph, inside one read transaction, with the
 * rules of {@code sparql/compare/*.rq}: a city is a {@code cn:City}; its memberships are the nodes with
 * {@code org:member} the city and an {@code org:organization}; its agreements are the nodes it is a
 * {@code cn:party} of whose class is {@code cn:Agreement} or below it. Terms (organisations, roles,
 * sources, classes, parties, dates) are numbered once, so each is kept once however often it occurs. Used
 * once per build, by one thread.
 */
final class MembershipIndexBuilder {

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Node MEMBER = uri(ORG + "member");
    private static final Node ORGANIZATION = uri(ORG + "organization");
    private static final Node ROLE = uri(ORG + "role");
    private static final Node START = uri("http://schema.org/startDate");
    private static final Node END = uri("http://schema.org/endDate");
    private static final Node SIGNING = uri(Vocabulary.NS + "signingDate");
    private static final Node PARTY = uri(Vocabulary.NS + "party");
    private static final Node DERIVED_FROM = uri("http://www.w3.org/ns/prov#wasDerivedFrom");

    private static final int[] NONE = new int[0];

    private final Graph graph;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final NodesBuilder memberships = new NodesBuilder(2);
    private final NodesBuilder agreements = new NodesBuilder(3);

    private MembershipIndexBuilder(Graph graph) {
        this.graph = graph;
    }

    static MembershipIndex build(long generation, Graph graph) {
        return new MembershipIndexBuilder(graph).build(generation);
    }

    private MembershipIndex build(long generation) {
        Map<String, List<Integer>> agreementsOf = agreementsByCity();
        Map<String, MembershipIndex.CityRefs> cities = new HashMap<>();
        for (Node city : objectsSorted(graph.find(Node.ANY, RDF.type.asNode(), uri(Vocabulary.CITY)), false)) {
            // The term table's string, so that a city that is also a party is kept once.
            String iri = terms.get(number(text(city)));
            int[] own = membershipsOf(city);
            List<Integer> ofCity = agreementsOf.get(iri);
            int[] parties = ofCity == null ? NONE : ofCity.stream().mapToInt(Integer::intValue).toArray();
            cities.put(iri, new MembershipIndex.CityRefs(own.length == 0 ? NONE : own, parties));
        }
        return new MembershipIndex(generation, terms.toArray(String[]::new), cities, memberships.freeze(),
                agreements.freeze());
    }

    private int[] membershipsOf(Node city) {
        IntColumn own = new IntColumn();
        for (Node membership : objectsSorted(graph.find(Node.ANY, MEMBER, city), false)) {
            Node organization = first(membership, ORGANIZATION);
            if (organization == null) {
                continue;
            }
            own.add(memberships.add(this, membership, number(text(organization)), values(membership, ROLE),
                    new Node[] {first(membership, START), first(membership, END)}));
        }
        return own.toArray();
    }

    /** Every agreement that has a city among its parties, numbered; for each city, its agreements. */
    private Map<String, List<Integer>> agreementsByCity() {
        Map<Node, List<String>> kinds = new TreeMap<>(Comparator.comparing(MembershipIndexBuilder::text));
        for (String kind : agreementClasses()) {
            for (Node agreement : objectsSorted(graph.find(Node.ANY, RDF.type.asNode(), uri(kind)), false)) {
                kinds.computeIfAbsent(agreement, k -> new ArrayList<>()).add(kind);
            }
        }
        Set<String> isCity = new java.util.HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), uri(Vocabulary.CITY)).forEachRemaining(t -> isCity.add(text(t.getSubject())));
        Map<String, List<Integer>> byCity = new HashMap<>();
        kinds.forEach((agreement, classes) -> {
            List<String> parties = values(agreement, PARTY);
            if (parties.stream().noneMatch(isCity::contains)) {
                return;
            }
            int position = agreements.add(this, agreement, number(FactRows.mostSpecific(classes)), parties,
                    new Node[] {first(agreement, SIGNING), first(agreement, START), first(agreement, END)});
            parties.stream().filter(isCity::contains)
                    .forEach(city -> byCity.computeIfAbsent(city, k -> new ArrayList<>()).add(position));
        });
        return byCity;
    }

    /** {@code ?kind rdfs:subClassOf* cn:Agreement}: cn:Agreement and every class below it. */
    private Set<String> agreementClasses() {
        Set<String> classes = new LinkedHashSet<>();
        Deque<Node> open = new ArrayDeque<>(List.of(uri(Vocabulary.AGREEMENT)));
        while (!open.isEmpty()) {
            Node next = open.pop();
            if (classes.add(text(next))) {
                graph.find(Node.ANY, RDFS.subClassOf.asNode(), next).forEachRemaining(t -> open.push(t.getSubject()));
            }
        }
        return classes;
    }

    int number(String term) {
        return numbers.computeIfAbsent(term, t -> {
            terms.add(t);
            return terms.size() - 1;
        });
    }

    /** Distinct objects as text, sorted, like the de-duplicated rows of the SPARQL path. */
    List<String> values(Node subject, Node predicate) {
        return objectsSorted(graph.find(subject, predicate, Node.ANY), true).stream()
                .map(MembershipIndexBuilder::text).toList();
    }

    private Node first(Node subject, Node predicate) {
        ExtendedIterator<Triple> found = graph.find(subject, predicate, Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject() : null;
        } finally {
            found.close();
        }
    }

    /** The objects (or subjects) of the triples found, distinct and sorted by their text. */
    private static List<Node> objectsSorted(ExtendedIterator<Triple> found, boolean objects) {
        Map<String, Node> sorted = new TreeMap<>();
        try {
            found.forEachRemaining(t -> {
                Node node = objects ? t.getObject() : t.getSubject();
                sorted.putIfAbsent(text(node), node);
            });
        } finally {
            found.close();
        }
        return new ArrayList<>(sorted.values());
    }

    /** How the SPARQL path turns a node into text ({@code SparqlMembershipSource.iri}). */
    static String text(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        return node.isBlank() ? node.getBlankNodeLabel() : node.toString();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Columns of one kind of node while they grow. */
    private final class NodesBuilder {
        private final IriColumn iris = new IriColumn();
        private final IntColumn term = new IntColumn();
        private final IntColumn listStart = new IntColumn();
        private final IntColumn list = new IntColumn();
        private final IntColumn[] dates;
        private final IntColumn sourceStart = new IntColumn();
        private final IntColumn sources = new IntColumn();

        NodesBuilder(int dateCount) {
            dates = new IntColumn[dateCount];
            for (int i = 0; i < dateCount; i++) {
                dates[i] = new IntColumn();
            }
        }

        int add(MembershipIndexBuilder owner, Node node, int termNumber, List<String> listed, Node[] dateNodes) {
            String iri = text(node);
            int split = IriColumn.split(iri);
            int position = iris.add(owner.number(iri.substring(0, split)), iri.substring(split));
            term.add(termNumber);
            listStart.add(list.size());
            listed.forEach(value -> list.add(owner.number(value)));
            for (int i = 0; i < dates.length; i++) {
                Node date = dateNodes[i];
                dates[i].add(date != null && date.isLiteral() ? owner.number(date.getLiteralLexicalForm()) : -1);
            }
            sourceStart.add(sources.size());
            owner.values(node, DERIVED_FROM).forEach(source -> sources.add(owner.number(source)));
            return position;
        }

        MembershipIndex.Nodes freeze() {
            listStart.add(list.size());
            sourceStart.add(sources.size());
            int[][] dateArrays = new int[dates.length][];
            for (int i = 0; i < dates.length; i++) {
                dateArrays[i] = dates[i].toArray();
            }
            return new MembershipIndex.Nodes(iris.freeze(), term.toArray(), listStart.toArray(), list.toArray(),
                    dateArrays, sourceStart.toArray(), sources.toArray());
        }
    }
}
