package org.citynet.tools.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;

/** The importer's dealings with its output file: the date it records, comparing and writing its bytes. */
final class GazetteerOutput {

    private GazetteerOutput() {
    }

    /** The import date recorded in an existing output file, if it has one. */
    static Optional<LocalDate> recordedDate(Path output) {
        if (!Files.isRegularFile(output)) {
            return Optional.empty();
        }
        try {
            DatasetGraph existing = DatasetGraphFactory.create();
            RDFParser.source(output).lang(Lang.TRIG).parse(existing);
            Node graph = NodeFactory.createURI(GazetteerVocabulary.GRAPH);
            Node created = DCTerms.created.asNode();
            return existing.stream(graph, graph, created, Node.ANY)
                    .map(Quad::getObject)
                    .filter(Node::isLiteral)
                    .map(node -> LocalDate.parse(node.getLiteralLexicalForm()))
                    .findFirst();
        } catch (RiotException | DateTimeParseException e) {
            // A broken old file has no date worth keeping; the new one replaces it.
            return Optional.empty();
        }
    }

    static boolean sameContent(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temp file is harmless; the import's result stands.
            }
        }
    }
}
