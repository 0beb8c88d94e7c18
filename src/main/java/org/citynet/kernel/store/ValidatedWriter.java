package org.citynet.kernel.store;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.citynet.kernel.load.FileRole;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.load.ShapeValidation;
import org.citynet.kernel.load.SourceFile;
import org.citynet.kernel.load.StagedKnowledgeGraph;
import org.citynet.kernel.load.ValidationOutcome;
import org.citynet.kernel.rdf.CN;

/**
 * The one way a client's change (a SPARQL Update, a Graph Store write) reaches a local store: in one write
 * transaction it applies the change, checks that no protected graph changed ({@link ProtectedGraphs}),
 * validates the whole knowledge graph (the union of every graph, the ontology included, as the loader does)
 * against the shapes, and commits only if both hold; anything else aborts the transaction, so a refused
 * write leaves nothing behind, whatever part of it was fine. A commit advances
 * {@link KnowledgeStore#generation()}.
 *
 * <pre>
 * ValidatedWriter writer = ValidatedWriter.of(dataset, KnowledgeGraphFiles.fromRoot(root));
 * writer.write(dsg -> { UpdateExec.dataset(dsg).update(request).execute(); return null; });
 * </pre>
 *
 * <p>Validating everything makes a write cost time in proportion to all the data (seconds for the real
 * data at most); an incremental validation of the changed nodes would scale further. TDB2 has one writer at
 * a time, so writes queue behind each other while readers go on. Thread-safe.
 */
public final class ValidatedWriter {

    private final DatasetGraph dataset;
    private final KnowledgeGraphFiles files;
    private final Graph shapes;
    private final PrefixMapping prefixes;

    private ValidatedWriter(DatasetGraph dataset, KnowledgeGraphFiles files, Graph shapes, PrefixMapping prefixes) {
        this.dataset = dataset;
        this.files = files;
        this.shapes = shapes;
        this.prefixes = prefixes;
    }

    /**
     * A writer validating with the shapes files of {@code files}, read now.
     *
     * @throws LoadException if a shapes file cannot be read or parsed
     */
    public static ValidatedWriter of(DatasetGraph dataset, KnowledgeGraphFiles files) {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (SourceFile file : files.sources()) {
            if (file.role() == FileRole.SHAPES) {
                try {
                    RDFParser.source(file.path()).parse(shapes);
                } catch (RiotException e) {
                    throw new LoadException(List.of(LoadProblem.syntax(file.name(), -1, -1,
                            LoadProblem.Severity.ERROR, e.getMessage())), e);
                }
            }
        }
        try {
            Shapes.parse(shapes);
        } catch (ShaclParseException e) {
            throw new LoadException(List.of(LoadProblem.structure("shapes", "unusable SHACL shapes: "
                    + e.getMessage())), e);
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefixes(shapes.getPrefixMapping()).setNsPrefix("cn", CN.NS);
        return new ValidatedWriter(dataset, files, shapes, prefixes);
    }

    /**
     * Applies {@code change} to the dataset and commits if the result is acceptable.
     *
     * @param change works on the dataset inside the write transaction; it may throw to abort
     * @return what {@code change} returned
     * @throws ProtectedGraphException if a protected graph changed
     * @throws WriteRefusedException   if the result violates the shapes
     */
    public <T> T write(Function<DatasetGraph, T> change) {
        return Txn.calculateWrite(dataset, () -> {
            ProtectedGraphs.Snapshot before = ProtectedGraphs.of(dataset).snapshot(dataset);
            T result = change.apply(dataset);
            before.requireUnchanged(dataset);
            ValidationOutcome outcome = new ShapeValidation(
                    new StagedKnowledgeGraph(files, dataset, shapes, prefixes, null)).validate();
            if (!outcome.conforms()) {
                throw new WriteRefusedException(outcome.refusals());
            }
            return result;
        });
    }

    /**
     * Refuses a write to a protected graph before any work is done (the check inside {@link #write} is the
     * guarantee; this gives the early, precise answer for a Graph Store request that names its graph).
     *
     * @throws ProtectedGraphException if {@code graph} is protected
     */
    public void requireWritable(Node graph) {
        boolean isProtected = Txn.calculateRead(dataset, () -> ProtectedGraphs.of(dataset).isProtected(graph));
        if (isProtected) {
            throw ProtectedGraphException.of(List.of(graph));
        }
    }
}
