package org.citynet.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The repository's ontology, shapes and data files read with plain Jena (no loader, no store), and the seed
 * files of the source documents beside the repository, for the tests that check the data against its
 * sources. Immutable once read; each test class reads its own copy.
 */
final class RepositoryData {

    static final String ID = "https://w3id.org/citynet/id/";
    static final String GRAPH = "https://w3id.org/citynet/graph/";
    static final String CN = "https://w3id.org/citynet/ontology#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    static final Node TYPE = iri(RDF_TYPE);
    static final Node QUOTATION = iri(CN + "Quotation");
    static final Node EVIDENCE = iri(CN + "evidence");
    static final Node SEED_FILE = iri(CN + "seedFile");
    static final Node SOURCE_DOCUMENT = iri(CN + "SourceDocument");
    static final Node VALUE = iri(PROV + "value");
    static final Node QUOTED_FROM = iri(PROV + "wasQuotedFrom");
    static final Node DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    static final Node SOURCES_GRAPH = iri(GRAPH + "sources");
    static final Node CURATED_GRAPH = iri(GRAPH + "curated");

    /** Maven runs tests in the project folder, which holds ontology/, data/ and queries/. */
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path SEEDS = ROOT.resolveSibling("shared").resolve("seeds");

    private final DatasetGraph dataset;
    private final Graph ontology;
    private final Graph shapes;
    private final Map<Node, String> seedTexts;

    private RepositoryData(DatasetGraph dataset, Graph ontology, Graph shapes, Map<Node, String> seedTexts) {
        this.dataset = dataset;
        this.ontology = ontology;
        this.shapes = shapes;
        this.seedTexts = seedTexts;
    }

    static RepositoryData read() {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        for (Path file : files(ROOT.resolve("data"), ".trig")) {
            RDFParser.source(file).lang(Lang.TRIG).parse(dataset);
        }
        Graph ontology = GraphFactory.createDefaultGraph();
        Graph shapes = GraphFactory.createDefaultGraph();
        for (Path file : files(ROOT.resolve("ontology"), ".ttl")) {
            RDFParser.source(file).lang(Lang.TURTLE)
                    .parse(file.getFileName().toString().contains("shapes") ? shapes : ontology);
        }
        Map<Node, String> seeds = new HashMap<>();
        dataset.getGraph(SOURCES_GRAPH).find(Node.ANY, SEED_FILE, Node.ANY).forEachRemaining(t -> {
            try {
                seeds.put(t.getSubject(), Files.readString(SEEDS.resolve(t.getObject().getLiteralLexicalForm()),
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("seed file of " + t.getSubject() + " (../shared/seeds)", e);
            }
        });
        return new RepositoryData(dataset, ontology, shapes, Map.copyOf(seeds));
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    DatasetGraph dataset() {
        return dataset;
    }

    Graph shapes() {
        return shapes;
    }

    /** Every data graph and the ontology in one plain graph, as the loader validates them. */
    Graph unionWithOntology() {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        ontology.find().forEachRemaining(union::add);
        return union;
    }

    /** The named graphs that hold one source document's statements, each with that document. */
    Map<Node, Node> sourceGraphs() {
        Map<Node, Node> graphs = new HashMap<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(GRAPH + "source-")) {
                List<Node> sources = dataset.getGraph(SOURCES_GRAPH).find(g, DERIVED_FROM, Node.ANY)
                        .mapWith(t -> t.getObject()).toList();
                if (sources.size() != 1) {
                    throw new IllegalStateException(g + " is derived from " + sources + ", not one document");
                }
                graphs.put(g, sources.get(0));
            }
        });
        return graphs;
    }

    /** The text of a source document's seed file, or null if the sources graph names none. */
    String seedText(Node source) {
        return seedTexts.get(source);
    }

    Set<Node> subjects(Node graph) {
        return dataset.getGraph(graph).find().mapWith(t -> t.getSubject()).toSet();
    }

    List<Node> objects(Node graph, Node subject, Node predicate) {
        return dataset.getGraph(graph).find(subject, predicate, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    /** Objects of a statement in any graph, each once. */
    List<Node> objects(Node subject, Node predicate) {
        return Iter.toList(Iter.map(dataset.find(Node.ANY, subject, predicate, Node.ANY), Quad::getObject))
                .stream().distinct().collect(Collectors.toList());
    }

    /** Quotations wherever they are, each once. */
    List<Node> quotations() {
        List<Node> quotes = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, TYPE, QUOTATION).forEachRemaining(q -> {
            if (!quotes.contains(q.getSubject())) {
                quotes.add(q.getSubject());
            }
        });
        return quotes;
    }

    private static List<Path> files(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder.toString(), e);
        }
    }
}
