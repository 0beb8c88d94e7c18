package org.citynet.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.ProjectCopy;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's loader is killed with SIGKILL in the middle of its write transaction: a TDB2 directory
 * holding the real knowledge graph is being reloaded with half a million more triples when the JVM dies, after
 * the transaction has visibly written to disk. Opened again, the directory holds exactly the state before
 * (same graphs, same quads, same manifest, consistent indexes) and takes new writes.
 */
class CrashDuringLoadIT {

    private static final Logger log = LoggerFactory.getLogger(CrashDuringLoadIT.class);
    private static final int SYNTHETIC_TRIPLES = 500_000;
    /** How much the directory must have grown inside the transaction before the kill. */
    private static final long WRITTEN_BEFORE_KILL = 1L << 20;

    @TempDir
    Path temp;

    @Test
    void aKillDuringTheWriteTransactionLeavesExactlyTheStateBefore() throws IOException {
        Path root = ProjectCopy.into(Files.createDirectory(temp.resolve("project")));
        Path tdb2 = temp.resolve("tdb2");
        try (KnowledgeStore store = StoreFactory.open(tdb2.toString(), temp, StoreFactory.RemoteOptions.NONE)) {
            new KnowledgeGraphLoader().load(KnowledgeGraphFiles.fromRoot(root), store.loadTarget());
        }
        StoreState before = StoreState.read(tdb2);
        StoreSnapshot beforeData = snapshot(tdb2);
        SyntheticTrig.write(root.resolve("data/zz-synthetic.trig"), SYNTHETIC_TRIPLES);

        try (ChildJvm child = ChildJvm.start("load-killed", LoadUntilKilled.class, "3g", root.toString(),
                tdb2.toString())) {
            child.await(line -> line.startsWith("writing "), Duration.ofMinutes(3));
            long grown = awaitGrowth(tdb2, child);
            assertThat(child.lines()).as("killed before the commit returned").doesNotContain("committed");
            assertThat(child.killHard()).as("killed by SIGKILL").isEqualTo(ChildJvm.KILLED_BY_SIGKILL);
            log.info("Killed the load after the directory grew by {} bytes inside the transaction", grown);
        }

        StoreState afterKill = StoreState.read(tdb2);
        log.info("State before: {}; after the kill: {}", before, afterKill);
        assertThat(afterKill.sameCountsAs(before)).as("after the kill: %s, before: %s", afterKill, before).isTrue();
        snapshot(tdb2).assertSameAs(beforeData);

        assertThat(graphsAfterOneMoreWrite(tdb2)).as("the recovered directory takes new writes").isEqualTo(before.graphQuads().size() + 1);
    }

    /** Writes one more graph into the recovered directory and returns the number of graphs then. */
    private static int graphsAfterOneMoreWrite(Path tdb2) {
        try (KnowledgeStore store = StoreFactory.open(tdb2.toString(), tdb2.getParent(),
                StoreFactory.RemoteOptions.NONE)) {
            DatasetGraph dataset = TestStores.dataset(store);
            Node graph = NodeFactory.createURI("https://example.org/after-recovery");
            Txn.executeWrite(dataset, () -> dataset.add(graph, graph, graph, graph));
        }
        return StoreState.read(tdb2).graphQuads().size();
    }

    /** Waits until the directory has grown by {@link #WRITTEN_BEFORE_KILL}; returns the growth. */
    private static long awaitGrowth(Path tdb2, ChildJvm child) {
        long start = size(tdb2);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && child.isAlive() && !child.lines().contains("committed")) {
            long grown = size(tdb2) - start;
            if (grown >= WRITTEN_BEFORE_KILL) {
                return grown;
            }
            ChildJvm.pause(Duration.ofMillis(20));
        }
        throw new AssertionError("The write transaction did not grow the directory by " + WRITTEN_BEFORE_KILL
                + " bytes before it ended; the child printed " + child.lines());
    }

    private static long size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoreSnapshot snapshot(Path tdb2) {
        try (KnowledgeStore store = StoreFactory.open(tdb2.toString(), tdb2.getParent(),
                StoreFactory.RemoteOptions.NONE)) {
            return StoreSnapshot.of(store);
        }
    }
}
