package org.citynet.kernel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the incomplete last entry that a process killed during a TDB2 commit can leave in the journal, before
 * TDB2 opens the directory: Jena 5.6 refuses to open a store whose journal ends in a part entry ("Failed to
 * read the journal entry data: wanted 24 bytes, got -1"). Run by {@link StoreFactory#openDirectory} for
 * every opening, so the service, the command line and the bulk loader all get it. Stateless.
 * <p>
 * Why cutting the tail loses nothing committed (references are to Apache Jena at tag {@code jena-5.6.0},
 * module {@code jena-db}):
 * <ol>
 *   <li>A TDB2 directory opens its latest {@code Data-NNNN} area ({@code DatabaseOps.java} 133-166,
 *       {@code findStorageLocation} 587-593), whose journal is {@code journal.jrnl} ({@code Names.java} 31-36,
 *       {@code TDB2StorageBuilder.java} 112-114). Recovery runs as TDB2 opens it, under its lock file
 *       ({@code StoreConnection.java} 88-95, {@code TDB2StorageBuilder.java} 103).</li>
 *   <li>A write transaction first writes one REDO entry per changed component, without forcing the journal
 *       ({@code TransactionCoordinator.java} 848-859). Components only make their new state ready at this
 *       step; they write it to their own state files after the commit point ({@code BPlusTree.java} 536-553:
 *       "don't write it yet").</li>
 *   <li>The commit point is a COMMIT entry written and then forced to disk ({@code TransactionCoordinator.java}
 *       885-888, "COMMIT POINT"; {@code Transaction.java} 156). Only after that do the components apply their
 *       state ({@code commit.run()}, 927) and the journal is emptied ({@code journal.truncate(0)}, 928). So
 *       the journal holds one transaction at a time, and a transaction whose commit returned has its whole
 *       COMMIT entry on disk.</li>
 *   <li>Each entry is written as two writes, header then data ({@code Journal.java} 219-221), with a
 *       checksum so that "part-entries are not acted on" (line 48). A kill between or inside them leaves a
 *       header without all its data: 24 data bytes is a B+tree's REDO state, three longs
 *       ({@code BPTStateMgr.java} 27-34).</li>
 *   <li>Recovery replays REDO entries only when it reaches a COMMIT entry and drops those after the last
 *       one ({@code TransactionCoordinator.java} 288-321), but it reads every entry first and any part entry
 *       throws ({@code Journal.java} 298-334).</li>
 * </ol>
 * A part entry therefore belongs to a transaction that had not reached its commit point: it is a REDO entry,
 * or the COMMIT entry itself while being written. Cutting the file at the end of the last complete entry
 * gives recovery what it would have had if the kill had come a moment earlier: the same committed state.
 * <p>
 * A journal that reads cleanly is never written. A journal with a bad entry followed by a good one was not
 * left by a kill, and opening is refused ({@link DamagedJournalException}). Nothing but the journal is
 * changed. A store that this JVM has open, or that another process holds locked, is left alone: its journal
 * may be mid-write, and TDB2's own open reports the lock.
 */
public final class JournalRepair {

    private static final Logger log = LoggerFactory.getLogger(JournalRepair.class);
    private static final Pattern DATA_AREA = Pattern.compile("Data-(\\d+)");
    private static final int LOGGED_BYTES = 64;

    private JournalRepair() {
    }

    /**
     * The journal of the area TDB2 would open in {@code container}, if the area exists (a new store has none).
     */
    public static Optional<Path> journalFile(Path container) {
        if (!Files.isDirectory(container)) {
            return Optional.empty();
        }
        // As DatabaseOps.findStorageLocation, but ignoring the "Data-NNNN-tmp" of an interrupted
        // compaction, which TDB2 deletes as it opens (DatabaseOps.java 129-130) and which would make it throw.
        try (Stream<Path> children = Files.list(container)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> DATA_AREA.matcher(child.getFileName().toString()).matches())
                    .max(Comparator.comparingLong(JournalRepair::areaNumber))
                    .map(area -> area.resolve(Names.journalFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the TDB2 directory " + container, e);
        }
    }

    /**
     * Cuts an incomplete last entry from the journal of the TDB2 directory {@code container}, if there is one
     * and the store is not open anywhere.
     *
     * @return what the journal held before, or empty if there was nothing to read
     * @throws DamagedJournalException if the journal is damaged in a way that a kill does not explain
     */
    static Optional<JournalScan> beforeOpen(Path container) {
        Optional<Path> journal = journalFile(container).filter(file -> sizeOf(file) > 0);
        if (journal.isEmpty()) {
            return Optional.empty();
        }
        // The lock TDB2 takes on the area before recovery: holding it, no process is writing this journal.
        ProcessFileLock lock = StoreConnection.lockForLocation(Location.create(journal.get().getParent()));
        if (lock.isLockedHere()) {
            return Optional.empty();
        }
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(repair(journal.get()));
        } finally {
            // Release, not just unlock: TDB2 creates its own lock object for the area when it opens it.
            ProcessFileLock.release(lock);
        }
    }

    private static JournalScan repair(Path journalFile) {
        JournalScan scan = JournalScan.read(journalFile);
        if (scan.tail() == JournalScan.Tail.DAMAGED) {
            throw new DamagedJournalException(journalFile, scan);
        }
        if (!scan.incompleteTail()) {
            return scan;
        }
        String cut = hexOf(journalFile, scan.goodEnd());
        // What Journal.abortWrite does to the entries of an aborted commit (Journal.java 270-276).
        Journal journal = Journal.create(BufferChannelFile.createUnmanaged(journalFile.toString(), "rw"));
        try {
            journal.truncate(scan.goodEnd());
            journal.sync();
        } finally {
            journal.close();
        }
        log.warn("TDB2 journal {}: cut {} bytes at byte {} of {}, an incomplete last entry ({}), left by a process"
                        + " stopped during a commit before its commit point. Kept the {} complete entries before it"
                        + " ({}). Bytes cut: {}", journalFile, scan.tailBytes(), scan.goodEnd(), scan.size(),
                scan.detail(), scan.entries().size(), scan.entryCounts(), cut);
        JournalScan after = JournalScan.read(journalFile);
        if (after.tail() != JournalScan.Tail.CLEAN) {
            throw new IllegalStateException("The TDB2 journal " + journalFile + " still does not read after"
                    + " cutting it at byte " + scan.goodEnd() + ": " + after.detail());
        }
        return scan;
    }

    private static long areaNumber(Path area) {
        Matcher matcher = DATA_AREA.matcher(area.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    /** The bytes from {@code from} to the end (at most the first few dozen), in hex, for the log. */
    private static String hexOf(Path file, long from) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(LOGGED_BYTES, channel.size() - from));
            channel.read(bytes, from);
            String hex = HexFormat.of().formatHex(bytes.array(), 0, bytes.position());
            return from + bytes.position() < channel.size() ? hex + "…" : hex;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
