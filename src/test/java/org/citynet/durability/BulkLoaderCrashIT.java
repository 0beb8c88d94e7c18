package org.citynet.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jena's TDB2 bulk loaders ({@code LoaderFactory}: basic, sequential, phased, parallel) killed with
 * SIGKILL while they load half a million triples into a TDB2 directory that already holds the real
 * knowledge graph. What each leaves, once TDB2 has recovered on opening the directory again, is
 * classified and checked against what their design predicts (see {@link Outcome}).
 */
class BulkLoaderCrashIT {

    private static final Logger log = LoggerFactory.getLogger(BulkLoaderCrashIT.class);
    private static final int SYNTHETIC_TRIPLES = 500_000;

    @TempDir
    static Path temp;

    private static Path beforeDirectory;
    private static StoreState before;
    private static Path synthetic;

    /** What a killed load left. */
    enum Outcome {
        /** exactly the state before the load */
        BEFORE,
        /** everything loaded */
        AFTER,
        /** some of the new data visible, indexes consistent */
        PARTIAL,
        /** the indexes of a table disagree, or name nodes the node table lacks: a state no transaction committed */
        TORN
    }

    @BeforeAll
    static void loadTheRealDataAndWriteTheBigFile() {
        beforeDirectory = temp.resolve("before");
        try (KnowledgeStore store = StoreFactory.open(beforeDirectory.toString(), temp,
                StoreFactory.RemoteOptions.NONE)) {
            new KnowledgeGraphLoader().load(KnowledgeGraphFiles.fromRoot(Path.of("").toAbsolutePath()),
                    store.loadTarget());
        }
        before = StoreState.read(beforeDirectory);
        synthetic = SyntheticTrig.write(temp.resolve("synthetic.trig"), SYNTHETIC_TRIPLES);
    }

    /**
     * One kill per row: the loader, a name for the moment, the stdout line (a regular expression) after
     * which the kill comes, a further delay, and the outcomes its design allows.
     * <ul>
     *   <li>basic and sequential run inside one write transaction of the dataset: a kill leaves the state
     *       before;</li>
     *   <li>phased and parallel ({@code LoaderMain}) lock other transactions out and give the node table and
     *       each index a transaction of its own, with an in-memory journal, committed one after the other:
     *       killed while still reading the data they have committed nothing, but killed after the first
     *       index has committed ("Finish - index" / "Start replay index") the indexes disagree.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} loader killed {1}")
    @CsvSource({
        "basic,      while adding,                  '^monitor: Add: 100,000 .*',       0, BEFORE",
        "sequential, while adding,                  ^started$,                         2000, BEFORE",
        "phased,     while reading the data,        ^monitor: Start: .*,               1500, BEFORE",
        "phased,     after the primary index,       ^monitor: Start replay index .*,   0, TORN",
        "parallel,   while reading the data,        ^monitor: Start: .*,               1500, BEFORE",
        "parallel,   after the first index finished, ^monitor: Finish - index .*,      0, TORN|AFTER",
    })
    void killedBulkLoad(String loader, String when, String marker, long delayMillis, String allowed) {
        String name = loader + "-" + when.replace(' ', '-');
        Path directory = copyOf(beforeDirectory, temp.resolve(name));
        try (ChildJvm child = ChildJvm.start("bulk-" + name, BulkLoadUntilKilled.class, "1g", loader,
                directory.toString(), synthetic.toString())) {
            String seen = child.await(line -> line.matches(marker), Duration.ofSeconds(90));
            ChildJvm.pause(Duration.ofMillis(delayMillis));
            assertThat(child.lines()).as("killed before the load finished").doesNotContain("done");
            assertThat(child.killHard()).as("killed by SIGKILL").isEqualTo(ChildJvm.KILLED_BY_SIGKILL);
            log.info("{} loader killed {} ms after '{}'; it printed {}", loader, delayMillis, seen, child.lines());
        }
        StoreState state = StoreState.read(directory);
        Outcome outcome = classify(state);
        log.info("{} loader killed {}: {} — {}", loader, when, outcome, state);
        assertThat(outcome.name()).as("%s loader killed %s: %s", loader, when, state).isIn((Object[]) allowed.split("[|]"));
    }

    private static Outcome classify(StoreState state) {
        if (!state.indexesAgree()) {
            return Outcome.TORN;
        }
        if (state.sameCountsAs(before)) {
            return Outcome.BEFORE;
        }
        return state.quads(SyntheticTrig.GRAPH) == SYNTHETIC_TRIPLES ? Outcome.AFTER : Outcome.PARTIAL;
    }

    private static Path copyOf(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
