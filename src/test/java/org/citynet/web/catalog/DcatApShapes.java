package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * The official DCAT-AP 3.0.1 SHACL shapes, kept next to the repository in {@code ../shared/dcat-ap-3.0.1/}
 * (in CI too); a missing file fails the test rather than skipping it.
 */
final class DcatApShapes {

    private static final Path FOLDER = Path.of("../shared/dcat-ap-3.0.1");

    private DcatApShapes() {
    }

    /** Every result (violation or warning) of validating {@code data} with the shapes file, described. */
    static List<String> results(String shapesFile, Graph data) {
        Path file = FOLDER.resolve(shapesFile);
        assertThat(Files.isRegularFile(file)).as("DCAT-AP shapes at %s", file.toAbsolutePath()).isTrue();
        Shapes shapes = Shapes.parse(RDFParser.source(file).toGraph());
        return ShaclValidator.get().validate(shapes, data).getEntries().stream().map(DcatApShapes::describe).toList();
    }

    private static String describe(ReportEntry entry) {
        return entry.severity().level().getLocalName() + " " + entry.focusNode() + " " + entry.resultPath() + ": "
                + entry.message();
    }
}
