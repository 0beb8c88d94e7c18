package org.citynet.kernel.store;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
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
 * What makes a write acceptable, whatever the store: inside a write transaction on a dataset holding the whole
 * knowledge graph, the change is applied, no protected graph may have changed ({@link ProtectedGraphs}), and
 * the whole knowledge graph (the union of every graph, the ontology included, as the loader validates it)
 * must conform to the shapes. The shapes are read once, when this is made. Thread-safe.
 */
final class WriteValidation {

    private final KnowledgeGraphFiles files;
    private final Graph shapes;
    private final PrefixMapping prefixes;

    private WriteValidation(KnowledgeGraphFiles files, Graph shapes, PrefixMapping prefixes) {
        this.files = files;
        this.shapes = shapes;
        this.prefixes = prefixes;
    }

    /**
     * With the shapes files of {@code files}, read now.
     *
     * @throws LoadException if a shapes file cannot be read or parsed
     */
    static WriteValidation of(KnowledgeGraphFiles files) {
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
        return new WriteValidation(files, shapes, prefixes);
    }

    /**
     * Applies {@code change} and checks the result; call inside a write transaction on {@code dataset}, which
     * must then be aborted if this throws.
     *
     * @throws ProtectedGraphException if a protected graph changed
     * @throws WriteRefusedException   if the result violates the shapes
     */
    <T> T apply(DatasetGraph dataset, Function<DatasetGraph, T> change) {
        ProtectedGraphs.Snapshot before = ProtectedGraphs.of(dataset).snapshot(dataset);
        T result = change.apply(dataset);
        before.requireUnchanged(dataset);
        ValidationOutcome outcome = new ShapeValidation(
                new StagedKnowledgeGraph(files, dataset, shapes, prefixes, null)).validate();
        if (!outcome.conforms()) {
            throw new WriteRefusedException(outcome.refusals());
        }
        return result;
    }
}
