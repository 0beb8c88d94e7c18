package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One node per real thing: no relationship node states what another already states. A membership is one
 * member in one organisation; a partnership its set of partners, whatever kind each source calls it (two
 * sources calling one partnership by different kinds is how Helsinki–Tallinn had become two nodes); an
 * agreement its class, kind, parties and dates (the Espoo–Shanghai memoranda differ by their dates); an
 * award conferral its award, recipient and year. And a relationship that two sources state is one node
 * that each source's graph describes with its own evidence.
 */
class RelationshipUniquenessTest {

    private static final String CN = RepositoryData.CN;
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String SCHEMA = "http://schema.org/";
    private static final Set<String> AGREEMENT_CLASSES = Set.of(CN + "Agreement", CN + "TwinningAgreement",
            CN + "PartnershipAgreement", CN + "MemorandumOfUnderstanding");

    private static RepositoryData data;
    private static Graph union;

    @BeforeAll
    static void read() {
        data = RepositoryData.read();
        union = data.unionWithOntology();
    }

    @Test
    void noTwoMembershipsJoinTheSameMemberToTheSameOrganisation() {
        assertThat(duplicates(ORG + "Membership",
                node -> values(node, ORG + "member") + " in " + values(node, ORG + "organization"))).isEmpty();
    }

    @Test
    void noTwoPartnershipsHaveTheSamePartners() {
        assertThat(duplicates(CN + "Partnership", node -> values(node, CN + "partner").toString())).isEmpty();
    }

    @Test
    void noTwoAgreementsOfOneKindHaveTheSamePartiesAndDates() {
        List<String> found = new ArrayList<>();
        for (String type : AGREEMENT_CLASSES) {
            found.addAll(duplicates(type, node -> values(node, RepositoryData.RDF_TYPE).stream()
                    .filter(AGREEMENT_CLASSES::contains).collect(Collectors.toCollection(TreeSet::new))
                    + " " + values(node, CN + "agreementKind") + " " + values(node, CN + "party")
                    + " signed " + values(node, CN + "signingDate") + " from " + values(node, SCHEMA + "startDate")
                    + " to " + values(node, SCHEMA + "endDate")));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noTwoConferralsGiveTheSameAwardToTheSameRecipientInTheSameYear() {
        assertThat(duplicates(CN + "AwardConferral", node -> values(node, CN + "award") + " to "
                + values(node, CN + "recipient") + " in " + values(node, CN + "awardedIn")
                + " before " + values(node, CN + "awardedBefore"))).isEmpty();
    }

    @Test
    void aRelationshipTwoSourcesStateIsOneNodeDescribedByEach() {
        assertDescribedBy(RepositoryData.ID + "partnership/helsinki-tallinn", "003", "004");
        assertDescribedBy(RepositoryData.ID + "agreement/espoo-shanghai-twinning", "000", "001", "002");
        assertThat(union.find(RepositoryData.iri(RepositoryData.ID + "partnership/helsinki-tallinn-key-partner"),
                Node.ANY, Node.ANY).hasNext()).as("the second node Helsinki–Tallinn used to have").isFalse();
    }

    private static void assertDescribedBy(String iri, String... sources) {
        Node node = RepositoryData.iri(iri);
        for (String number : sources) {
            Node graph = RepositoryData.iri(RepositoryData.GRAPH + "source-" + number);
            assertThat(data.objects(graph, node, RepositoryData.DERIVED_FROM)).as("%s in %s", iri, graph)
                    .containsExactly(RepositoryData.iri(RepositoryData.ID + "source/" + number));
            assertThat(data.objects(graph, node, RepositoryData.EVIDENCE)).as("evidence for %s in %s", iri, graph)
                    .isNotEmpty();
        }
    }

    /** The nodes of a class that share a key, as "key: nodes" lines. */
    private static List<String> duplicates(String type, Function<Node, String> key) {
        Map<String, Set<String>> byKey = new TreeMap<>();
        union.find(Node.ANY, RepositoryData.TYPE, RepositoryData.iri(type)).forEachRemaining(t ->
                byKey.computeIfAbsent(key.apply(t.getSubject()), k -> new TreeSet<>()).add(t.getSubject().toString()));
        assertThat(byKey).as("nodes of %s", type).isNotEmpty();
        return byKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    private static Set<String> values(Node node, String property) {
        return new TreeSet<>(union.find(node, RepositoryData.iri(property), Node.ANY)
                .mapWith(t -> t.getObject().toString()).toSet());
    }
}
