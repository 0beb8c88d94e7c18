package org.citynet.kernel.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The file-system side of a bulk load: what a target directory holds, and building a new store beside it
 * so that it appears under its name only when complete. A directory move within one file system is a
 * single rename, so readers see either no store or the whole one.
 */
final class StoreDirectory {

    /** What a bulk-load target is. */
    enum State {
        /** Not there, or an empty directory: a new store is built. */
        NEW,
        /** A TDB2 database: loaded in place. */
        STORE,
        /** A directory with other content: refused, to not mix a store into unrelated files. */
        OTHER
    }

    private StoreDirectory() {
    }

    static State stateOf(Path directory) {
        if (!Files.exists(directory)) {
            return State.NEW;
        }
        if (!Files.isDirectory(directory)) {
            return State.OTHER;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            var names = entries.map(path -> path.getFileName().toString()).toList();
            if (names.isEmpty()) {
                return State.NEW;
            }
            // TDB2 keeps its data in Data-0001, Data-0002, ... (one per compaction).
            return names.stream().anyMatch(name -> name.startsWith("Data-")) ? State.STORE : State.OTHER;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    /** A fresh directory beside the target, hidden by a leading dot, for building a new store. */
    static Path staging(Path target) {
        Path staging = target.resolveSibling("." + target.getFileName() + ".bulk-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        try {
            Files.createDirectories(staging);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + staging, e);
        }
    }

    /** Renames the finished staging store to the target; an empty target directory is replaced. */
    static void moveIntoPlace(Path staging, Path target) {
        try {
            if (Files.isDirectory(target)) {
                // Fails unless it is still empty, so a store that appeared meanwhile is never lost.
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the new store " + staging + " to " + target, e);
        }
    }

    /** Deletes a staging store and everything in it; failures are reported, not thrown. */
    static void deleteQuietly(Path staging, RuntimeException failure) {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            failure.addSuppressed(e);
        }
    }
}
