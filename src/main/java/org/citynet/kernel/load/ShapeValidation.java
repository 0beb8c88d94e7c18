package org.citynet.kernel.load;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citynet.kernel.rdf.NodeText;

/**
 * Validates a staged knowledge graph with jena-shacl and turns the report into {@link LoadProblem}s.
 *
 * <p>The data graph is the union of all staged graphs, the ontology included, so that
 * {@code rdfs:subClassOf} statements are visible to {@code sh:targetClass}.
 */
public final class ShapeValidation {

    private final StagedKnowledgeGraph staged;
    private final NodeText text;

    public ShapeValidation(StagedKnowledgeGraph staged) {
        this.staged = staged;
        this.text = new NodeText(staged.prefixes());
    }

    public ValidationOutcome validate() {
        Shapes shapes = parseShapes();
        ValidationReport report = ShaclValidator.get().validate(shapes, union(staged.dataset()));
        List<LoadProblem> problems = report.getEntries().stream().map(this::toProblem).toList();
        return new ValidationOutcome(report, problems);
    }

    private Shapes parseShapes() {
        try {
            return Shapes.parse(staged.shapes());
        } catch (ShaclParseException e) {
            String files = String.join(", ", staged.files().shapes().stream().map(staged.files()::displayName)
                    .toList());
            throw new LoadException(List.of(LoadProblem.structure(files, "unusable SHACL shapes: "
                    + e.getMessage())), e);
        }
    }

    // A copy rather than a union view: validation calls find() very often, and a plain graph answers fastest.
    private static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        return union;
    }

    private LoadProblem toProblem(ReportEntry entry) {
        return new LoadProblem(LoadProblem.Kind.SHAPE, null, -1, -1, NodeText.full(entry.focusNode()),
                text.path(entry.resultPath()), text.prefixed(entry.value()), shapeName(entry.source()),
                severity(entry.severity()), entry.message(), graphsWithSubject(entry.focusNode()));
    }

    /** Property shapes are usually blank nodes; the node shape that owns one is the useful name. */
    private String shapeName(Node shape) {
        if (shape == null || !shape.isBlank()) {
            return text.prefixed(shape);
        }
        return Iter.asStream(staged.shapes().find(Node.ANY, SHACL.property, shape))
                .map(owner -> text.prefixed(owner.getSubject()))
                .findFirst()
                .orElse(text.prefixed(shape));
    }

    private List<String> graphsWithSubject(Node focus) {
        return Iter.asStream(staged.dataset().find(Node.ANY, focus, Node.ANY, Node.ANY))
                .map(quad -> NodeText.full(quad.getGraph()))
                .distinct()
                .sorted()
                .toList();
    }

    /** Only {@code sh:Violation} refuses; any other level, custom ones included, is reported only. */
    private static LoadProblem.Severity severity(Severity severity) {
        Node level = severity.level();
        if (SHACL.Violation.equals(level)) {
            return LoadProblem.Severity.ERROR;
        }
        return SHACL.Warning.equals(level) ? LoadProblem.Severity.WARNING : LoadProblem.Severity.INFO;
    }
}
