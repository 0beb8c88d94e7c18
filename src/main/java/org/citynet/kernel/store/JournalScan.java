package org.citynet.kernel.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.atlas.lib.InternalErrorException;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;

/**
 * What a TDB2 journal file ({@code Data-NNNN/journal.jrnl}) holds, read the way TDB2's recovery reads it:
 * entry after entry from the start with Jena's own reader ({@link Journal#readJournal}, which checks each
 * entry's checksum), then, if an entry does not read, what follows it. Read only; see {@link JournalRepair}
 * for what is done with it.
 * <p>
 * Format (Jena 5.6 {@code Journal.java}, lines 73-89 and {@code write}, 178-235): each entry is a header of
 * four ints — data length (-1 for none), Adler-32 checksum of header and data, entry type, component id
 * ({@code ComponentId.SIZE} = 4 bytes; the "16 bytes" in Jena's comment is out of date) — then the data.
 *
 * @param size      the file's length in bytes
 * @param entries   the types of the entries that read cleanly from the start, in order
 * @param goodEnd   where the last of them ends: everything before it reads cleanly
 * @param tail      what begins at {@code goodEnd}
 * @param detail    why the entry at {@code goodEnd} does not read; empty if the tail is {@link Tail#CLEAN}
 */
public record JournalScan(long size, List<JournalEntryType> entries, long goodEnd, Tail tail, String detail) {

    /** Length of an entry's header: data length, checksum, type, component id. */
    static final int HEADER_BYTES = 3 * Integer.BYTES + ComponentId.SIZE;

    /** Beyond this many bytes after the last good entry the tail is not searched for complete entries. */
    private static final int MAX_SEARCHED_TAIL = 1 << 20;

    public enum Tail {
        /** Every byte belongs to an entry that reads cleanly. */
        CLEAN,
        /** The last entry is cut short: the file ends inside its header or its data. */
        INCOMPLETE,
        /** An entry complete in length fails its checksum, and no complete entry follows it. */
        CHECKSUM,
        /** An entry that does not read is followed by one that does, or the tail is not one entry's worth. */
        DAMAGED
    }

    public JournalScan {
        entries = List.copyOf(entries);
    }

    /** Bytes after the last entry that reads cleanly. */
    public long tailBytes() {
        return size - goodEnd;
    }

    /** True if the file ends in a part entry that no commit can have depended on (see {@link JournalRepair}). */
    public boolean incompleteTail() {
        return tail == Tail.INCOMPLETE || tail == Tail.CHECKSUM;
    }

    /** How many entries of each type read cleanly, e.g. {@code "13 REDO, 0 COMMIT"}. */
    public String entryCounts() {
        Map<JournalEntryType, Long> counts = entries.stream().collect(Collectors.groupingBy(type -> type,
                () -> new EnumMap<>(JournalEntryType.class), Collectors.counting()));
        counts.putIfAbsent(JournalEntryType.COMMIT, 0L);
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** Reads a journal file, which must exist and must not be open for writing in any process. */
    public static JournalScan read(Path journalFile) {
        BufferChannel channel = BufferChannelFile.createUnmanaged(journalFile.toString(), "r");
        Journal journal = Journal.create(channel);
        try {
            return read(journal, channel);
        } finally {
            journal.close();
        }
    }

    private static JournalScan read(Journal journal, BufferChannel channel) {
        long size = journal.size();
        List<JournalEntryType> entries = new ArrayList<>();
        long position = 0;
        while (position < size) {
            int dataLength = dataLengthAt(channel, position);
            if (dataLength == Integer.MIN_VALUE) {
                return afterBadEntry(journal, channel, entries, position, Tail.INCOMPLETE,
                        "the file ends inside an entry's header (" + (size - position) + " of " + HEADER_BYTES
                                + " bytes)");
            }
            long end = position + HEADER_BYTES + Math.max(dataLength, 0);
            if (end > size) {
                return afterBadEntry(journal, channel, entries, position, Tail.INCOMPLETE, "its header announces "
                        + dataLength + " data bytes and " + (size - position - HEADER_BYTES) + " follow");
            }
            try {
                JournalEntry entry = journal.readJournal(position);
                entries.add(entry.getType());
            } catch (TransactionException badChecksum) {
                return afterBadEntry(journal, channel, entries, position, Tail.CHECKSUM, badChecksum.getMessage());
            } catch (InternalErrorException unknownType) {
                // The checksum matched, so the bytes are as written: this is not a part entry.
                return new JournalScan(size, entries, position, Tail.DAMAGED, unknownType.getMessage());
            }
            position = end;
        }
        return new JournalScan(size, entries, position, Tail.CLEAN, "");
    }

    /**
     * The entry at {@code position} does not read. It is a part entry only if nothing after it reads as an
     * entry: every later offset is tried, because the bad entry's own length field cannot be trusted.
     */
    private static JournalScan afterBadEntry(Journal journal, BufferChannel channel, List<JournalEntryType> entries,
                                             long position, Tail tail, String why) {
        long size = journal.size();
        if (size - position > MAX_SEARCHED_TAIL) {
            return new JournalScan(size, entries, position, Tail.DAMAGED, why + "; and " + (size - position)
                    + " bytes follow the last good entry, more than one interrupted entry");
        }
        for (long next = position + 1; next + HEADER_BYTES <= size; next++) {
            int dataLength = dataLengthAt(channel, next);
            if (dataLength < -1 || next + HEADER_BYTES + Math.max(dataLength, 0) > size) {
                continue;
            }
            try {
                journal.readJournal(next);
            } catch (TransactionException notAnEntry) {
                continue;
            } catch (InternalErrorException checksumMatched) {
                // Fall through: the bytes at next passed their checksum.
            }
            return new JournalScan(size, entries, position, Tail.DAMAGED,
                    why + "; and a complete entry follows at byte " + next);
        }
        return new JournalScan(size, entries, position, tail, why);
    }

    /** The data length in the header at {@code position}, or {@code Integer.MIN_VALUE} if the header is cut. */
    private static int dataLengthAt(BufferChannel channel, long position) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        int read = channel.read(header, position);
        return read < HEADER_BYTES ? Integer.MIN_VALUE : header.getInt(0);
    }
}
