package org.citynet.web.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current dumps of the whole store. They are made in the background once the application is ready,
 * and again, on the first request that finds them older than the data (a new store generation or a new
 * load manifest); that request waits for them, so a stale dump is never served. One dump is made at a
 * time. The files of the previous set stay on disk (a download of it may still be running); older ones
 * are removed. Without {@code citynet.catalog.dump-directory} the files live in a temporary directory
 * that is removed when the application stops.
 */
@Component
class Dumps implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dumps.class);

    private final CatalogData data;
    private final DumpWriter writer;
    private final Path directory;
    private final boolean temporaryDirectory;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "citynet-dumps");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock writing = new ReentrantLock();
    private final Set<Path> written = new HashSet<>();
    private volatile DumpSet current;
    private DumpSet previous;

    Dumps(CatalogData data, QueryRunner runner, CitynetProperties properties) throws IOException {
        CitynetProperties.Catalog settings = properties.catalog();
        this.data = data;
        this.temporaryDirectory = settings.dumpDirectory() == null || settings.dumpDirectory().isBlank();
        this.directory = temporaryDirectory ? Files.createTempDirectory("citynet-dumps-")
                : Files.createDirectories(properties.rootPath().resolve(settings.dumpDirectory()));
        this.writer = new DumpWriter(runner, settings.dumpTimeout(), directory);
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareInBackground() {
        background.execute(() -> {
            try {
                DumpSet dumps = current();
                dumps.dumps().values().forEach(dump -> log.info("Dump {} ready: {} bytes, SHA-256 {}",
                        dump.format().fileName(), dump.size(), dump.sha256()));
            } catch (RuntimeException e) {
                log.warn("Could not prepare the dumps in the background; the first request will try again", e);
            }
        });
    }

    /** The dumps of the current data, made first if the data has changed since the last ones. */
    DumpSet current() {
        DumpSet published = current;
        if (published != null && published.version().equals(data.version())) {
            return published;
        }
        writing.lock();
        try {
            // Read again under the lock: the version may have moved on while this thread waited.
            DataVersion version = data.version();
            if (current != null && current.version().equals(version)) {
                return current;
            }
            DumpSet fresh = new DumpSet(version, keepUnchangedDates(write()));
            previous = current;
            current = fresh;
            removeOldFiles();
            return fresh;
        } finally {
            writing.unlock();
        }
    }

    private Map<DumpFormat, Dump> write() {
        try {
            Map<DumpFormat, Dump> dumps = writer.write(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            dumps.values().forEach(dump -> written.add(dump.file()));
            return dumps;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dumps into " + directory, e);
        }
    }

    /** A dump with the same bytes as the one before keeps its date, so conditional requests stay valid. */
    private Map<DumpFormat, Dump> keepUnchangedDates(Map<DumpFormat, Dump> dumps) {
        Map<DumpFormat, Dump> kept = new EnumMap<>(dumps);
        if (current != null) {
            dumps.forEach((format, dump) -> {
                Dump before = current.get(format);
                if (before.sha256().equals(dump.sha256())) {
                    kept.put(format, before);
                }
            });
        }
        return kept;
    }

    private void removeOldFiles() {
        Set<Path> keep = new HashSet<>();
        current.dumps().values().forEach(dump -> keep.add(dump.file()));
        if (previous != null) {
            previous.dumps().values().forEach(dump -> keep.add(dump.file()));
        }
        written.removeIf(file -> !keep.contains(file) && delete(file));
    }

    private static boolean delete(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            log.warn("Cannot remove the old dump {}: {}", file, e.getMessage());
            return false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        background.shutdownNow();
        if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("The dump writer did not stop within 10 s");
        }
        if (!temporaryDirectory) {
            return;
        }
        // A dump being read from a remote store is not interrupted (an HTTP read): at 100,000 cities it may run
        // for minutes, and shutting down must not wait for it. Its files go all the same; it then fails.
        if (writing.tryLock(10, TimeUnit.SECONDS)) {
            try {
                written.removeIf(Dumps::delete);
                delete(directory);
            } finally {
                writing.unlock();
            }
        } else {
            log.warn("A dump is still being written; removing {} without waiting for it", directory);
            deleteTree(directory);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Dumps::delete);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot remove {}: {}", root, e.getMessage());
        }
    }
}
