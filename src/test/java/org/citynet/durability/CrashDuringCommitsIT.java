package org.citynet.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM committing a stream of small write transactions on a TDB2 directory is killed with SIGKILL at a
 * random point, several times over on the same directory. After each kill the directory is opened again
 * (TDB2 recovers from its journal) and must hold every transaction whose {@code committed N} line was
 * printed, at most one more (the one in flight, if its commit had completed but not yet been announced),
 * and each transaction whole: all three of its triples or none.
 */
class CrashDuringCommitsIT {

    private static final Logger log = LoggerFactory.getLogger(CrashDuringCommitsIT.class);
    private static final int ROUNDS = 5;

    @TempDir
    Path temp;

    @Test
    void everyAnnouncedCommitSurvivesAKillAndNoTransactionIsTorn() {
        Path tdb2 = temp.resolve("tdb2");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long next = 1;
        for (int round = 1; round <= ROUNDS; round++) {
            long lastAnnounced;
            try (ChildJvm child = ChildJvm.start("commits-" + round, CommitUntilKilled.class, "256m",
                    tdb2.toString(), Long.toString(next))) {
                long killAfter = next + 5 + random.nextInt(40);
                child.await(line -> line.equals("committed " + killAfter), Duration.ofSeconds(60));
                // A random moment inside the following transactions: each takes from a few milliseconds to
                // about a hundred, most of it in the commit, which forces the journal and files to disk.
                ChildJvm.pause(Duration.ofMillis(random.nextInt(200)));
                assertThat(child.killHard()).as("killed by SIGKILL").isEqualTo(ChildJvm.KILLED_BY_SIGKILL);
                lastAnnounced = child.lines().stream().filter(line -> line.startsWith("committed "))
                        .mapToLong(line -> Long.parseLong(line.substring("committed ".length()))).max()
                        .orElseThrow();
            }
            Map<Long, Integer> parts = partsPerTransaction(tdb2);
            long lastStored = parts.isEmpty() ? 0 : ((TreeMap<Long, Integer>) parts).lastKey();
            log.info("Round {} (seed {}): last announced {}, last stored {}", round, seed, lastAnnounced, lastStored);

            assertThat(parts.values()).as("each transaction all or nothing (seed %d)", seed).containsOnly(3);
            assertThat(parts.keySet()).as("every announced commit, without gaps (seed %d)", seed)
                    .containsAll(LongStream.rangeClosed(1, lastAnnounced).boxed().toList());
            assertThat(lastStored).as("at most the one transaction in flight beyond the announced (seed %d)", seed)
                    .isBetween(lastAnnounced, lastAnnounced + 1);
            assertThat(parts).hasSize((int) lastStored);
            next = lastStored + 1;
        }
    }

    /** For each transaction number in the store, how many of its three triples are there. */
    private static Map<Long, Integer> partsPerTransaction(Path tdb2) {
        Map<Long, Integer> parts = new TreeMap<>();
        try (KnowledgeStore store = StoreFactory.open(tdb2.toString(), tdb2.getParent(),
                StoreFactory.RemoteOptions.NONE)) {
            DatasetGraph dataset = TestStores.dataset(store);
            Txn.executeRead(dataset, () -> dataset.find(CommitUntilKilled.GRAPH, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(quad -> parts.merge(
                            Long.parseLong(quad.getObject().getLiteralLexicalForm()), 1, Integer::sum)));
        }
        return parts;
    }
}
