package org.citynet.knowledge;

import java.nio.file.Path;
import java.util.List;

import org.citynet.kernel.load.KnowledgeGraphFiles;

/** The data files the loader would read from the repository. */
final class KnowledgeGraphFilesOfRoot {

    private KnowledgeGraphFilesOfRoot() {
    }

    static List<Path> dataFiles() {
        return KnowledgeGraphFiles.fromRoot(RealKnowledgeGraph.ROOT).data();
    }
}
