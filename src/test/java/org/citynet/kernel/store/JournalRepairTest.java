package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelMem;
import org.apache.jena.dboe.transaction.txn.ComponentIds;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TDB2 directory with three committed transactions and a fourth stopped after its prepare step, whose REDO
 * entries (real ones, written by TDB2) are in the journal without a COMMIT entry: the journal a kill leaves
 * between prepare and commit. Each test then writes the journal as a kill at another moment would have left
 * it, and opens the store with plain Jena (on a copy, since a failed open keeps TDB2's locks) and with
 * {@link StoreFactory#openDirectory}.
 */
class JournalRepairTest {

    private static final String NS = "https://example.org/journal/";
    private static final Node GRAPH = NodeFactory.createURI(NS + "graph");
    private static final List<Node> PARTS = Stream.of("a", "b", "c").map(p -> NodeFactory.createURI(NS + p)).toList();
    private static final Map<Long, Integer> COMMITTED = Map.of(1L, 3, 2L, 3, 3L, 3);

    @TempDir
    Path temp;

    private Path store;
    private Path journal;
    private byte[] prepared;
    private List<Integer> starts;

    @BeforeEach
    void threeCommitsThenOnePrepared() throws Exception {
        store = temp.resolve("tdb2");
        DatasetGraph dataset = StoreFactory.openDirectory(store).dataset();
        for (long n = 1; n <= 3; n++) {
            long number = n;
            Txn.executeWrite(dataset, () -> add(dataset, number));
        }
        // In a thread of its own, whose end takes the transaction's thread-local state with it.
        Thread preparer = new Thread(() -> {
            dataset.begin(TxnType.WRITE);
            add(dataset, 4);
            TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().commitPrepare();
        });
        preparer.start();
        preparer.join();
        journal = JournalRepair.journalFile(store).orElseThrow();
        prepared = Files.readAllBytes(journal);
        TDBInternal.expel(dataset, true);
        starts = entryStarts(prepared);
        assertThat(JournalScan.read(journal).entries()).hasSizeGreaterThan(1).containsOnly(JournalEntryType.REDO);
    }

    /** The failure seen in CrashDuringCommitsIT: the last entry's header is there, its data is not. */
    @Test
    void anEntryWithoutItsDataIsCutAndEveryCommitStays() throws IOException {
        int last = starts.get(starts.size() - 1);
        Files.write(journal, Arrays.copyOf(prepared, last + JournalScan.HEADER_BYTES));

        assertThat(plainJenaOpening()).hasStackTraceContaining("Failed to read the journal entry data: wanted")
                .hasStackTraceContaining("got -1");
        assertThat(partsPerTransaction()).isEqualTo(COMMITTED);
        // The store goes on: a new commit, a clean reopen.
        try (LocalKnowledgeStore opened = StoreFactory.openDirectory(store)) {
            Txn.executeWrite(opened.dataset(), () -> add(opened.dataset(), 5));
        }
        assertThat(partsPerTransaction()).containsAllEntriesOf(COMMITTED).containsEntry(5L, 3).hasSize(4);
    }

    @Test
    void aCutHeaderIsCut() throws IOException {
        int last = starts.get(starts.size() - 1);
        Files.write(journal, Arrays.copyOf(prepared, last + 5));

        assertThat(plainJenaOpening()).hasStackTraceContaining("Partial read of journal file");
        assertThat(partsPerTransaction()).isEqualTo(COMMITTED);
    }

    /** The file's new length reached the disk but not the data: zeros where the last entry's data should be. */
    @Test
    void aLastEntryFailingItsChecksumIsCut() throws IOException {
        byte[] zeroed = prepared.clone();
        Arrays.fill(zeroed, starts.get(starts.size() - 1) + JournalScan.HEADER_BYTES, zeroed.length, (byte) 0);
        Files.write(journal, zeroed);
        assertThat(JournalScan.read(journal).tail()).isEqualTo(JournalScan.Tail.CHECKSUM);

        assertThat(plainJenaOpening()).hasStackTraceContaining("Checksum error reading from the Journal");
        assertThat(partsPerTransaction()).isEqualTo(COMMITTED);
    }

    /** A kill while the COMMIT entry is being written: the commit point is not reached, transaction 4 is not there. */
    @Test
    void aPartCommitEntryIsCutAndItsTransactionIsNotThere() throws IOException {
        Files.write(journal, concat(prepared, Arrays.copyOf(commitEntry(), JournalScan.HEADER_BYTES - 3)));

        assertThat(plainJenaOpening()).hasStackTraceContaining("Partial read of journal file");
        assertThat(partsPerTransaction()).isEqualTo(COMMITTED);
    }

    /** A kill after the commit point: the journal reads cleanly, is not touched, and TDB2 replays it. */
    @Test
    void aCompleteCommitIsLeftToTdb2WhichReplaysIt() throws IOException {
        byte[] committed = concat(prepared, commitEntry());
        Files.write(journal, committed);

        assertThat(JournalRepair.beforeOpen(store)).get().extracting(JournalScan::tail)
                .isEqualTo(JournalScan.Tail.CLEAN);
        assertThat(Files.readAllBytes(journal)).isEqualTo(committed);
        assertThat(partsPerTransaction()).containsAllEntriesOf(COMMITTED).containsEntry(4L, 3).hasSize(4);
    }

    @Test
    void aJournalThatReadsCleanlyIsNotWritten() throws IOException {
        assertThat(JournalRepair.beforeOpen(store)).get().extracting(JournalScan::tail)
                .isEqualTo(JournalScan.Tail.CLEAN);
        assertThat(Files.readAllBytes(journal)).isEqualTo(prepared);
        assertThat(partsPerTransaction()).isEqualTo(COMMITTED);
    }

    /** Damage that no kill leaves: a bad first entry with good ones after it. Nothing is guessed or changed. */
    @Test
    void aBadEntryFollowedByGoodOnesIsRefused() throws IOException {
        byte[] damaged = prepared.clone();
        damaged[JournalScan.HEADER_BYTES] ^= 0x01;
        Files.write(journal, damaged);

        assertThatThrownBy(() -> StoreFactory.openDirectory(store)).isInstanceOf(DamagedJournalException.class)
                .hasMessageContaining("damaged at byte 0 of " + damaged.length)
                .hasMessageContaining("a complete entry follows at byte " + starts.get(1));
        assertThat(Files.readAllBytes(journal)).isEqualTo(damaged);
    }

    /** Every length a kill during prepare can leave: at an entry's end it reads cleanly, else its tail is cut. */
    @Test
    void everyCutOfThePreparedJournalIsCleanOrAnIncompleteTail() throws IOException {
        for (int length = 0; length <= prepared.length; length++) {
            Files.write(journal, Arrays.copyOf(prepared, length));
            int cutAt = length;
            int lastWhole = starts.stream().filter(start -> start <= cutAt).reduce((a, b) -> b).orElse(0);
            JournalScan scan = JournalScan.read(journal);
            boolean atEntryEnd = length == prepared.length || starts.contains(length);
            assertThat(scan.tail()).as("cut at %d", length)
                    .isEqualTo(atEntryEnd ? JournalScan.Tail.CLEAN : JournalScan.Tail.INCOMPLETE);
            assertThat(scan.goodEnd()).as("cut at %d", length).isEqualTo(atEntryEnd ? length : lastWhole);
        }
    }

    /** While this JVM has the store open its journal is live: even one that looks cut is not touched. */
    @Test
    void aStoreOpenInThisJvmIsLeftAlone() throws IOException {
        byte[] cut = Arrays.copyOf(prepared, prepared.length - 1);
        try (LocalKnowledgeStore opened = StoreFactory.openDirectory(store)) {
            Files.write(journal, cut);
            assertThat(JournalRepair.beforeOpen(store)).isEmpty();
            assertThat(Files.readAllBytes(journal)).isEqualTo(cut);
        }
    }

    private static void add(DatasetGraph dataset, long number) {
        Node subject = NodeFactory.createURI(NS + "txn/" + number);
        Node value = NodeFactory.createLiteralDT(Long.toString(number), XSDDatatype.XSDinteger);
        PARTS.forEach(part -> dataset.add(GRAPH, subject, part, value));
    }

    private Map<Long, Integer> partsPerTransaction() {
        Map<Long, Integer> parts = new TreeMap<>();
        try (LocalKnowledgeStore opened = StoreFactory.openDirectory(store)) {
            DatasetGraph dataset = opened.dataset();
            Txn.executeRead(dataset, () -> dataset.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(
                    quad -> parts.merge(Long.parseLong(quad.getObject().getLiteralLexicalForm()), 1, Integer::sum)));
        }
        return parts;
    }

    /** What Jena 5.6 alone makes of the directory, tried on a copy. */
    private Throwable plainJenaOpening() throws IOException {
        Path copy = temp.resolve("copy");
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(store.relativize(file).toString()));
            }
        }
        return catchThrowable(() -> DatabaseMgr.connectDatasetGraph(copy.toString()));
    }

    /** Where each entry starts, from the data length in each header. */
    private static List<Integer> entryStarts(byte[] journal) {
        List<Integer> starts = new ArrayList<>();
        for (int at = 0; at < journal.length; ) {
            starts.add(at);
            at += JournalScan.HEADER_BYTES + Math.max(0, ByteBuffer.wrap(journal, at, 4).getInt());
        }
        return starts;
    }

    /** A COMMIT entry as TDB2 writes it. */
    private static byte[] commitEntry() {
        BufferChannel memory = BufferChannelMem.create("commit");
        Journal.create(memory).write(JournalEntryType.COMMIT, ComponentIds.idSystem, null);
        ByteBuffer bytes = ByteBuffer.allocate((int) memory.size());
        memory.read(bytes, 0);
        return bytes.array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
