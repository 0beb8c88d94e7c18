package org.citynet.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.store.JournalRepair;
import org.citynet.kernel.store.JournalScan;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM committing a stream of small write transactions on a TDB2 directory is killed with SIGKILL, ten times
 * over on the same directory for each random seed. Two kills in three are aimed into a commit: they come after
 * the child prints {@code committing N}, at a random moment up to the 90th percentile of the commit times the
 * child has reported (a commit takes from a few to a few hundred milliseconds, most of it forcing files and the
 * journal to disk, with a journal entry written after each component's files are forced). The others come up
 * to 100 ms after a {@code committed N}.
 * <p>
 * After each kill the directory is opened again through {@link StoreFactory}, which cuts an incomplete last
 * journal entry before TDB2 recovers from the journal, and must hold every transaction whose {@code committed N}
 * was printed, at most one more (the one in flight, if its commit point had passed), and each transaction whole:
 * all three of its triples or none, and as many entries in every index. What each kill left in the journal is
 * logged and counted.
 * <p>
 * Seeds: {@code -Dcitynet.crash.seeds=1,2,3}; by default 30505902673588, the seed of the run in which Jena 5.6
 * refused a journal ending in a part entry (before StoreFactory cut such entries), and a new one. A seed fixes
 * the test's choices, not the child's timing, so it does not replay a run exactly.
 */
class CrashDuringCommitsIT {

    private static final Logger log = LoggerFactory.getLogger(CrashDuringCommitsIT.class);
    private static final int ROUNDS_PER_SEED = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) in (\\d+) us");
    /** A quick start for a child that does little work: no optimising compiler, the simplest collector. */
    private static final List<String> CHILD_JAVA = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    @TempDir
    Path temp;

    static LongStream seeds() {
        String given = System.getProperty("citynet.crash.seeds", "");
        if (!given.isBlank()) {
            return Arrays.stream(given.split(",")).map(String::trim).mapToLong(Long::parseLong);
        }
        return LongStream.of(30505902673588L, System.nanoTime());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyAnnouncedCommitSurvivesAKillAndNoTransactionIsTorn(long seed) {
        Path tdb2 = temp.resolve("tdb2");
        Random random = new Random(seed);
        Map<String, Integer> journalsLeft = new TreeMap<>();
        List<Long> commitMicros = new ArrayList<>();
        long next = 1;
        for (int round = 1; round <= ROUNDS_PER_SEED; round++) {
            String when = "seed " + seed + ", round " + round;
            Kill kill = killDuringCommits(tdb2, next, random, commitMicros, "commits-" + seed + "-" + round);
            String journal = journalLeft(tdb2);
            journalsLeft.merge(journal, 1, Integer::sum);
            Stored stored = Stored.read(tdb2);
            log.info("{}: {}; journal: {}; last announced {}, last stored {}", when, kill.how(), journal,
                    kill.lastAnnounced(), stored.last());

            // The store can be empty: a first round may kill the first transaction inside its commit.
            assertThat(stored.parts()).as("each transaction all or nothing (%s)", when).allSatisfy((number, parts) ->
                    assertThat(parts).as("triples of transaction %d", number).isEqualTo(3));
            assertThat(stored.parts().keySet()).as("every announced commit (%s)", when)
                    .containsAll(LongStream.rangeClosed(1, kill.lastAnnounced()).boxed().toList());
            assertThat(stored.last()).as("at most the one in flight beyond the announced (%s)", when)
                    .isBetween(kill.lastAnnounced(), kill.lastAnnounced() + 1);
            assertThat(stored.parts()).as("no gaps (%s)", when).hasSize((int) stored.last());
            assertThat(stored.indexSizes()).as("every quad index holds every quad, and no more (%s)", when)
                    .containsEntry("GSPO", 3 * stored.last());
            assertThat(StoreState.indexesAgree(stored.indexSizes())).as("indexes agree (%s): %s", when,
                    stored.indexSizes()).isTrue();
            next = stored.last() + 1;
        }
        log.info("Seed {}: {} kills; the journal they left: {}; {} commits timed: median {} us, 90th percentile {} us",
                seed, ROUNDS_PER_SEED, journalsLeft, commitMicros.size(), percentile(commitMicros, 0.5),
                percentile(commitMicros, 0.9));
    }

    /**
     * @param how           where the kill was aimed, for the log
     * @param lastAnnounced the last transaction whose commit the child announced ({@code first - 1} if none)
     */
    private record Kill(String how, long lastAnnounced) {
    }

    /**
     * Starts a child committing from transaction {@code first} and kills it a few transactions later, into a
     * commit (up to the 90th percentile of the commit times seen so far, which it adds to) or after one.
     */
    private static Kill killDuringCommits(Path tdb2, long first, Random random, List<Long> commitMicros,
                                          String name) {
        long target = first + random.nextInt(5);
        boolean intoCommit = random.nextInt(3) < 2;
        double fraction = random.nextDouble();
        String how;
        try (ChildJvm child = ChildJvm.start(name, CommitUntilKilled.class, CHILD_JAVA, tdb2.toString(),
                Long.toString(first))) {
            if (intoCommit) {
                child.await(line -> line.equals("committing " + target), TIMEOUT);
                long micros = (long) (fraction * percentile(commitMicros, 0.9));
                LockSupport.parkNanos(micros * 1_000);
                how = "killed " + micros + " us after 'committing " + target + "'";
            } else {
                child.await(line -> line.startsWith("committed " + target + " "), TIMEOUT);
                long millis = (long) (fraction * 100);
                ChildJvm.pause(Duration.ofMillis(millis));
                how = "killed " + millis + " ms after 'committed " + target + "'";
            }
            assertThat(child.killHard()).as("killed by SIGKILL").isEqualTo(ChildJvm.KILLED_BY_SIGKILL);
            long lastAnnounced = first - 1;
            for (String line : child.lines()) {
                Matcher committed = COMMITTED.matcher(line);
                if (committed.matches()) {
                    lastAnnounced = Math.max(lastAnnounced, Long.parseLong(committed.group(1)));
                    commitMicros.add(Long.parseLong(committed.group(2)));
                }
            }
            return new Kill(how, lastAnnounced);
        }
    }

    /** 100 ms before any commit has been timed. */
    private static long percentile(List<Long> micros, double rank) {
        if (micros.isEmpty()) {
            return 100_000;
        }
        List<Long> sorted = micros.stream().sorted().toList();
        return sorted.get((int) (rank * (sorted.size() - 1)));
    }

    /** What the kill left in the journal, read before the store is opened again. */
    private static String journalLeft(Path tdb2) {
        Optional<Path> file = JournalRepair.journalFile(tdb2).filter(Files::exists);
        try {
            if (file.isEmpty() || Files.size(file.get()) == 0) {
                return "empty";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JournalScan scan = JournalScan.read(file.get());
        return switch (scan.tail()) {
            case CLEAN -> scan.entries().contains(JournalEntryType.COMMIT) ? "COMMIT written, not yet applied"
                    : "REDO entries, no COMMIT";
            case INCOMPLETE, CHECKSUM -> "incomplete last entry";
            case DAMAGED -> "damaged";
        };
    }

    /**
     * @param parts      for each transaction number in the store, how many of its three triples are there
     * @param indexSizes entries per TDB2 index
     */
    private record Stored(Map<Long, Integer> parts, Map<String, Long> indexSizes) {

        static Stored read(Path tdb2) {
            try (KnowledgeStore store = StoreFactory.open(tdb2.toString(), tdb2.getParent(),
                    StoreFactory.RemoteOptions.NONE)) {
                DatasetGraph dataset = TestStores.dataset(store);
                return Txn.calculateRead(dataset, () -> {
                    Map<Long, Integer> parts = new TreeMap<>();
                    dataset.find(CommitUntilKilled.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad ->
                            parts.merge(Long.parseLong(quad.getObject().getLiteralLexicalForm()), 1, Integer::sum));
                    return new Stored(parts, StoreState.indexSizes(TDBInternal.getDatasetGraphTDB(dataset)));
                });
            }
        }

        long last() {
            return parts.isEmpty() ? 0 : ((TreeMap<Long, Integer>) parts).lastKey();
        }
    }
}
