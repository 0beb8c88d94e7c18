package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.load.StagedKnowledgeGraph;
import org.citynet.kernel.load.ValidationOutcome;
import org.citynet.kernel.store.LocalLoadTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's data: valid, traceable to its sources, and guarded by the real shapes. */
class RealDataTest {

    private static final String ID = "https://w3id.org/citynet/id/";
    private static final String GRAPH = "https://w3id.org/citynet/graph/";
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Path SEEDS = RealKnowledgeGraph.ROOT.resolveSibling("shared").resolve("seeds");

    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader();

    @TempDir
    Path temp;

    @Test
    void validatesWithoutViolationsOrWarnings() {
        StagedKnowledgeGraph staged = loader.parse(KnowledgeGraphFiles.fromRoot(RealKnowledgeGraph.ROOT));
        ValidationOutcome outcome = loader.validate(staged);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.conforms()).isTrue();
        assertThat(staged.graphNames()).extracting(Node::getURI).contains(GRAPH + "sources", GRAPH + "curated",
                GRAPH + "source-000", GRAPH + "source-001", GRAPH + "source-002", GRAPH + "source-003",
                GRAPH + "source-004");
    }

    @Test
    void everySubjectOfASourceGraphCitesThatSource() {
        StagedKnowledgeGraph staged = loader.parse(KnowledgeGraphFiles.fromRoot(RealKnowledgeGraph.ROOT));
        DatasetGraph dsg = staged.dataset();
        for (String n : List.of("000", "001", "002", "003", "004")) {
            Node graph = NodeFactory.createURI(GRAPH + "source-" + n);
            Node source = NodeFactory.createURI(ID + "source/" + n);
            Set<Node> subjects = new HashSet<>();
            dsg.getGraph(graph).find().forEachRemaining(t -> subjects.add(t.getSubject()));
            assertThat(subjects).as("subjects of %s", graph).hasSizeGreaterThan(10);
            for (Node subject : subjects) {
                assertThat(dsg.getGraph(graph).contains(subject, DERIVED_FROM, source))
                        .as("%s in %s cites %s", subject, graph, source).isTrue();
                assertThat(dsg.getGraph(graph).find(subject, DERIVED_FROM, Node.ANY).toList())
                        .as("%s in %s cites only that graph's source", subject, graph)
                        .extracting(Triple::getObject).containsOnly(source);
            }
        }
    }

    @Test
    void everySourceNamesASeedFileThatExists() throws IOException {
        StagedKnowledgeGraph staged = loader.parse(KnowledgeGraphFiles.fromRoot(RealKnowledgeGraph.ROOT));
        Node seedFile = NodeFactory.createURI("https://w3id.org/citynet/ontology#seedFile");
        List<String> named = staged.dataset().getGraph(NodeFactory.createURI(GRAPH + "sources"))
                .find(Node.ANY, seedFile, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertThat(SEEDS).as("../shared/seeds beside the repository").isDirectory();
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            assertThat(named).containsExactlyInAnyOrderElementsOf(seeds.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".txt")).toList());
        }
        assertThat(staged.dataset().getGraph(NodeFactory.createURI(GRAPH + "sources"))
                .find(Node.ANY, DCTerms.publisher.asNode(), Node.ANY).toList()).hasSize(5);
    }

    @Test
    void theRealShapesRefuseAnAgreementEndingBeforeItStartsAndTheStoreKeepsItsData() throws IOException {
        Path root = copyOfRepository();
        DatasetGraph tdb = TDB2Factory.connectDataset(temp.resolve("tdb").toString()).asDatasetGraph();
        try {
            LocalLoadTarget target = new LocalLoadTarget(tdb);
            loader.load(KnowledgeGraphFiles.fromRoot(root), target);
            StoreSnapshot before = StoreSnapshot.of(tdb);

            Files.writeString(root.resolve("data/zz-broken.trig"), """
                    @prefix cn: <https://w3id.org/citynet/ontology#> .
                    @prefix schema: <http://schema.org/> .
                    @prefix prov: <http://www.w3.org/ns/prov#> .
                    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                    <https://w3id.org/citynet/graph/broken> {
                      <https://w3id.org/citynet/id/agreement/backwards> a cn:MemorandumOfUnderstanding ;
                        cn:party <https://w3id.org/citynet/id/city/espoo> , <https://w3id.org/citynet/id/city/shanghai> ;
                        schema:startDate "2019"^^xsd:gYear ; schema:endDate "2010"^^xsd:gYear ;
                        prov:wasDerivedFrom <https://w3id.org/citynet/id/source/000> .
                      <https://w3id.org/citynet/id/agreement/lonely> a cn:PartnershipAgreement ;
                        cn:party <https://w3id.org/citynet/id/city/espoo> ;
                        prov:wasDerivedFrom <https://w3id.org/citynet/id/source/000> .
                    }
                    """);
            assertThatThrownBy(() -> loader.load(KnowledgeGraphFiles.fromRoot(root), target))
                    .isInstanceOf(LoadException.class)
                    .satisfies(e -> {
                        List<LoadProblem> problems = ((LoadException) e).problems();
                        assertThat(problems).anySatisfy(p -> {
                            assertThat(p.focusNode()).contains("agreement/backwards");
                            assertThat(p.path()).contains("startDate");
                            assertThat(p.message()).contains("not after schema:endDate");
                        });
                        assertThat(problems).anySatisfy(p -> {
                            assertThat(p.focusNode()).contains("agreement/lonely");
                            assertThat(p.message()).contains("at least two parties");
                        });
                    });
            StoreSnapshot.of(tdb).assertSameAs(before);
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    @Test
    void theRealShapesRefuseContactDetails() throws IOException {
        Path root = copyOfRepository();
        Files.writeString(root.resolve("data/zz-contact.trig"), """
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://w3id.org/citynet/graph/contact> {
                  <https://w3id.org/citynet/id/city/espoo> dct:description "Ota yhteyttä: etunimi.sukunimi(at)espoo.fi, (09) 816 21"@fi .
                }
                """);
        StagedKnowledgeGraph staged = loader.parse(KnowledgeGraphFiles.fromRoot(root));
        assertThat(loader.validate(staged).refusals())
                .anySatisfy(p -> assertThat(p.message()).contains("contact details are not published"));
    }

    private Path copyOfRepository() throws IOException {
        Path root = temp.resolve("repo");
        for (String folder : List.of("ontology", "data")) {
            Files.createDirectories(root.resolve(folder));
            try (Stream<Path> files = Files.list(RealKnowledgeGraph.ROOT.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, root.resolve(folder).resolve(f.getFileName()));
                }
            }
        }
        return root;
    }
}
