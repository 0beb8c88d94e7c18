package org.citynet.tools.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --root DIR}: the project folder holding {@code ontology/} and {@code data/}. A picocli mixin. */
final class ProjectRoot {

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "the project folder holding ontology/ and data/ (default: the working directory)")
    private Path root;

    Path path() {
        return root;
    }
}
