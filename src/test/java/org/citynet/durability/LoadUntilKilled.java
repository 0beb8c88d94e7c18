package org.citynet.durability;

import java.nio.file.Path;
import java.util.Optional;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadTarget;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;

/**
 * Child JVM of {@link CrashDuringLoadIT}: loads the knowledge graph under ROOT into the TDB2 directory
 * with the project's own loader (parse, SHACL, one write transaction), opened by {@link StoreFactory}.
 * Prints {@code writing N} just before the write transaction starts and {@code committed} once it has
 * returned, then {@code done}.
 *
 * <pre>java ... org.citynet.durability.LoadUntilKilled ROOT TDB2_DIRECTORY</pre>
 */
public final class LoadUntilKilled {

    private LoadUntilKilled() {
    }

    public static void main(String[] args) {
        ChildMain.quietLogging();
        Path root = Path.of(args[0]);
        try (KnowledgeStore store = StoreFactory.open(args[1], root, StoreFactory.RemoteOptions.NONE)) {
            LoadTarget target = store.loadTarget();
            new KnowledgeGraphLoader().load(KnowledgeGraphFiles.fromRoot(root), new LoadTarget() {
                @Override
                public Optional<LoadRecord> lastLoad() {
                    return target.lastLoad();
                }

                @Override
                public boolean holdsBulkLoad() {
                    return target.holdsBulkLoad();
                }

                @Override
                public void apply(LoadPlan plan) {
                    ChildMain.say("writing " + plan.tripleCount());
                    target.apply(plan);
                    ChildMain.say("committed");
                }
            });
        }
        ChildMain.say("done");
    }
}
