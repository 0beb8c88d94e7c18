package org.citynet.durability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large, deterministic TriG file for crash tests: {@code triples} triples in one named graph, two per
 * item ({@code ex:value} an integer, {@code ex:name} a string). The IRIs lie outside everything the SHACL
 * shapes target, so the project's loader accepts the file.
 */
final class SyntheticTrig {

    static final String GRAPH = "https://w3id.org/citynet/graph/synthetic";
    static final String NS = "https://example.org/synthetic/";

    private SyntheticTrig() {
    }

    static Path write(Path file, int triples) {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("@prefix ex: <" + NS + "> .\n");
                out.write("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
                out.write("<" + GRAPH + "> {\n");
                for (int item = 0; item < triples / 2; item++) {
                    out.write("ex:item-" + item + " ex:value " + item + " ; ex:name \"item " + item + "\" .\n");
                }
                out.write("}\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
