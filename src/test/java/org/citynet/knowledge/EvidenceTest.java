package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fact of a source graph is backed by the exact words of its source: each node a source graph
 * describes has, in that graph, cn:evidence to a quotation of that source; each quotation's words occur
 * character for character in the seed file that keeps the source's text; its IRI is the one its words give
 * it (the ontology's rule: {@code id/quote/NNN-} and 12 hexadecimal digits of the SHA-256 of the words).
 * A failure lists every offender at once, with what was expected, so that it can be fixed in one go.
 */
class EvidenceTest {

    private static final Pattern CONTACT = Pattern.compile(
            "[A-Za-z0-9._%+-]+(@|\\(at\\))[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+|\\+[0-9]{1,3}[ -]?[0-9]{6,}|\\([0-9]{1,4}\\)[ -]?[0-9]{2,4}");

    private static RepositoryData data;

    @BeforeAll
    static void read() {
        data = RepositoryData.read();
    }

    @Test
    void everySourceGraphIsBackedByQuotations() {
        Map<Node, Node> graphs = data.sourceGraphs();
        assertThat(graphs).hasSize(5);
        graphs.forEach((graph, source) -> {
            assertThat(data.seedText(source)).as("seed file of %s", source).isNotBlank();
            assertThat(data.subjects(graph).stream().filter(s -> isQuotation(graph, s)).count())
                    .as("quotations in %s", graph).isGreaterThan(10);
        });
    }

    @Test
    void everyQuotationOccursCharacterForCharacterInTheSeedOfItsSource() {
        List<String> wrong = new ArrayList<>();
        for (Node quote : data.quotations()) {
            List<Node> sources = data.objects(quote, RepositoryData.QUOTED_FROM);
            List<Node> values = data.objects(quote, RepositoryData.VALUE);
            if (sources.size() != 1 || values.size() != 1 || !values.get(0).isLiteral()) {
                wrong.add(quote + ": needs one prov:wasQuotedFrom and one literal prov:value, has " + sources
                        + " and " + values);
                continue;
            }
            String seed = data.seedText(sources.get(0));
            String words = values.get(0).getLiteralLexicalForm();
            if (seed == null) {
                wrong.add(quote + ": " + sources.get(0) + " names no seed file");
            } else if (!seed.contains(words)) {
                wrong.add(quote + ": not in the seed of " + sources.get(0) + ": \"" + words + "\"");
            }
            if (values.get(0).getLiteralLanguage().isEmpty()) {
                wrong.add(quote + ": its words carry no language tag");
            }
        }
        assertThat(data.quotations()).hasSizeGreaterThan(100);
        assertThat(wrong).as("quotations that are not the source's words").isEmpty();
    }

    @Test
    void everyQuotationHasTheIriItsWordsGiveIt() {
        List<String> wrong = new ArrayList<>();
        for (Node quote : data.quotations()) {
            Node source = data.objects(quote, RepositoryData.QUOTED_FROM).get(0);
            String words = data.objects(quote, RepositoryData.VALUE).get(0).getLiteralLexicalForm();
            String number = source.getURI().substring(source.getURI().lastIndexOf('/') + 1);
            String expected = RepositoryData.ID + "quote/" + number + "-" + sha256(words).substring(0, 12);
            if (!quote.isURI() || !quote.getURI().equals(expected)) {
                wrong.add(quote + " should be <" + expected + "> for \"" + words + "\"");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyQuotationNamesItsSourceAndLivesInThatSourcesGraphOnly() {
        Map<Node, Node> graphs = data.sourceGraphs();
        List<String> wrong = new ArrayList<>();
        for (Node quote : data.quotations()) {
            Node source = data.objects(quote, RepositoryData.QUOTED_FROM).get(0);
            if (!data.dataset().contains(RepositoryData.SOURCES_GRAPH, source, RepositoryData.TYPE,
                    RepositoryData.SOURCE_DOCUMENT)) {
                wrong.add(quote + ": quoted from " + source + ", which is no cn:SourceDocument");
            }
            if (!data.objects(quote, RepositoryData.DERIVED_FROM).equals(List.of(source))) {
                wrong.add(quote + ": prov:wasDerivedFrom must be its source " + source + " alone");
            }
            List<Node> holders = new ArrayList<>();
            data.dataset().find(Node.ANY, quote, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> { if (!holders.contains(q.getGraph())) holders.add(q.getGraph()); });
            Node own = graphs.entrySet().stream().filter(e -> e.getValue().equals(source)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (own == null || !holders.equals(List.of(own))) {
                wrong.add(quote + ": described in " + holders + ", should be only in the graph of " + source);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyNodeOfASourceGraphHasEvidenceFromThatSourceInThatGraph() {
        List<String> lacking = new ArrayList<>();
        data.sourceGraphs().forEach((graph, source) -> {
            for (Node subject : data.subjects(graph)) {
                if (isQuotation(graph, subject)) {
                    continue;
                }
                boolean backed = data.objects(graph, subject, RepositoryData.EVIDENCE).stream()
                        .anyMatch(q -> isQuotation(graph, q)
                                && data.dataset().contains(graph, q, RepositoryData.QUOTED_FROM, source));
                if (!backed) {
                    lacking.add(subject + " in " + graph);
                }
            }
        });
        assertThat(lacking).as("nodes of source graphs without a quotation of their source").isEmpty();
    }

    @Test
    void everyQuotationIsEvidenceForSomething() {
        List<Node> orphans = data.quotations().stream()
                .filter(q -> !data.dataset().find(Node.ANY, Node.ANY, RepositoryData.EVIDENCE, q).hasNext())
                .toList();
        assertThat(orphans).as("quotations no node cites").isEmpty();
    }

    @Test
    void everyDescriptionInASourceGraphIsAVerbatimPassageOfItsSource() {
        List<String> paraphrases = new ArrayList<>();
        data.sourceGraphs().forEach((graph, source) -> data.dataset().getGraph(graph)
                .find(Node.ANY, DCTerms.description.asNode(), Node.ANY).forEachRemaining(t -> {
                    String text = t.getObject().getLiteralLexicalForm();
                    if (!data.seedText(source).contains(text)) {
                        paraphrases.add(t.getSubject() + " in " + graph + ": \"" + text + "\"");
                    }
                }));
        assertThat(paraphrases).as("dct:description in a source graph that is not the source's words").isEmpty();
    }

    @Test
    void noQuotationRepeatsAnEmailAddressOrATelephoneNumber() {
        assertThat(data.quotations()).allSatisfy(q -> assertThat(
                CONTACT.matcher(data.objects(q, RepositoryData.VALUE).get(0).getLiteralLexicalForm()).find())
                .as("%s quotes contact details", q).isFalse());
    }

    private static boolean isQuotation(Node graph, Node node) {
        return data.dataset().contains(graph, node, RepositoryData.TYPE, RepositoryData.QUOTATION);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
