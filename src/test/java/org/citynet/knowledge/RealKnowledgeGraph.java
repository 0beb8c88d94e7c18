package org.citynet.knowledge;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.store.LocalLoadTarget;

/** The repository's own ontology and data, loaded by the real loader into a real TDB2 directory. */
final class RealKnowledgeGraph {

    /** Maven runs tests in the project folder, which holds ontology/, data/ and queries/. */
    static final Path ROOT = Path.of("").toAbsolutePath();

    private RealKnowledgeGraph() {
    }

    static DatasetGraph loadInto(Path tdbDirectory) {
        DatasetGraph dsg = TDB2Factory.connectDataset(tdbDirectory.toString()).asDatasetGraph();
        new KnowledgeGraphLoader().load(KnowledgeGraphFiles.fromRoot(ROOT), new LocalLoadTarget(dsg));
        return dsg;
    }
}
