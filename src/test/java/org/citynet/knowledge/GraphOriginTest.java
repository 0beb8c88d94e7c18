package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every named graph says where it comes from, and so does every node in the graphs that no source
 * document states: the curated graph names the editors' curation (and the reference that confirms a
 * statement, where one does), the sources graph describes the origins themselves. What a graph or node is
 * derived from is itself described in the sources graph (or, for the gazetteer's own sources, in the
 * gazetteer graph), so that an answer can cite it.
 */
class GraphOriginTest {

    private static final Node CURATION = RepositoryData.iri(RepositoryData.ID + "source/curation");
    private static final Node PAGE = RepositoryData.iri("http://xmlns.com/foaf/0.1/page");
    private static final Node ENTITY = RepositoryData.iri(RepositoryData.PROV + "Entity");

    private static RepositoryData data;

    @BeforeAll
    static void read() {
        data = RepositoryData.read();
    }

    @Test
    void everyNamedGraphSaysWhatItIsDerivedFromAndThatOriginIsDescribed() {
        List<String> wrong = new ArrayList<>();
        data.dataset().listGraphNodes().forEachRemaining(graph -> {
            List<Node> origins = data.objects(graph, RepositoryData.DERIVED_FROM);
            if (origins.isEmpty()) {
                wrong.add(graph + " names no origin");
            }
            origins.stream().filter(o -> !described(o)).forEach(o -> wrong.add(graph + ": " + o + " is not described"));
        });
        assertThat(wrong).isEmpty();
        assertThat(data.objects(RepositoryData.CURATED_GRAPH, RepositoryData.DERIVED_FROM)).containsExactly(CURATION);
        assertThat(data.objects(RepositoryData.SOURCES_GRAPH, RepositoryData.DERIVED_FROM)).containsExactly(CURATION);
    }

    @Test
    void everyNodeOfTheCuratedGraphNamesTheCurationAndEveryReferenceItCitesIsDescribed() {
        List<String> wrong = new ArrayList<>();
        for (Node subject : data.subjects(RepositoryData.CURATED_GRAPH)) {
            List<Node> origins = data.objects(RepositoryData.CURATED_GRAPH, subject, RepositoryData.DERIVED_FROM);
            if (!origins.contains(CURATION)) {
                wrong.add(subject + " does not name src:curation");
            }
            origins.stream().filter(o -> !described(o)).forEach(o -> wrong.add(subject + ": " + o + " is not described"));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyNodeOfTheSourcesGraphIsAnOriginOrNamesOne() {
        List<String> wrong = new ArrayList<>();
        for (Node subject : data.subjects(RepositoryData.SOURCES_GRAPH)) {
            boolean document = data.dataset().contains(RepositoryData.SOURCES_GRAPH, subject, RDF.type.asNode(),
                    RepositoryData.SOURCE_DOCUMENT);
            boolean derived = !data.objects(RepositoryData.SOURCES_GRAPH, subject, RepositoryData.DERIVED_FROM).isEmpty();
            if (document) {
                // A document is an origin: it names its publisher and the seed file that keeps its text.
                if (data.objects(RepositoryData.SOURCES_GRAPH, subject, DCTerms.publisher.asNode()).isEmpty()
                        || data.seedText(subject) == null) {
                    wrong.add(subject + ": a source document without publisher or seed file");
                }
            } else if (!derived) {
                // Any other origin is the curation or a reference the curation cites, found on a web page.
                boolean origin = data.dataset().contains(RepositoryData.SOURCES_GRAPH, subject, RDF.type.asNode(), ENTITY)
                        && !data.objects(RepositoryData.SOURCES_GRAPH, subject, DCTerms.title.asNode()).isEmpty()
                        && (subject.equals(CURATION)
                            || !data.objects(RepositoryData.SOURCES_GRAPH, subject, PAGE).isEmpty());
                if (!origin) {
                    wrong.add(subject + " neither is a described origin nor names one");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean described(Node origin) {
        return data.dataset().find(Node.ANY, origin, DCTerms.title.asNode(), Node.ANY).hasNext();
    }
}
