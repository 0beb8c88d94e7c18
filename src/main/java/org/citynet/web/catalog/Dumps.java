package org.citynet.web.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.BackgroundThreads;
import org.citynet.web.system.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current dumps of the whole store. They are made in the background once the application is ready,
 * and again, in the background, for the first request that finds them older than the data (a new store
 * generation or a new load manifest); requests wait for them up to {@link #REQUEST_WAIT}, then are answered
 * 503 {@code dumps-not-ready}, so a stale dump is never served and no request hangs for minutes. One dump is
 * made at a time. The files of the previous set stay on disk (a download of it may still be running); older ones
 * are removed. Without {@code citynet.catalog.dump-directory} the files live in a temporary directory
 * that is removed when the application stops.
 */
@Component
class Dumps implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dumps.class);

    /**
     * How long a request waits for dumps being written: a harvester's client gives up after a minute or so, and
     * a 503 with {@code Retry-After} tells it when to come back (at 100,000 cities /catalog waited 391 s).
     */
    static final Duration REQUEST_WAIT = Duration.ofSeconds(30);

    private final CatalogData data;
    private final DumpWriter writer;
    private final Path directory;
    private final boolean temporaryDirectory;
    private final Duration requestWait;
    private final ExecutorService background = BackgroundThreads.single("citynet-dumps");
    private final BackgroundWork work;
    private final InFlight<DumpSet> making = new InFlight<>(background, this::currentInTurn);
    private final ReentrantLock writing = new ReentrantLock();
    private final Set<Path> written = new HashSet<>();
    private volatile DumpSet current;
    private DumpSet previous;

    @Autowired
    Dumps(CatalogData data, QueryRunner runner, CitynetProperties properties, BackgroundWork work) throws IOException {
        this(data, runner, properties.catalog(), directory(properties), work);
    }

    private Dumps(CatalogData data, QueryRunner runner, CitynetProperties.Catalog settings, Path directory,
                  BackgroundWork work) {
        this(data, new DumpWriter(runner, settings.dumpTimeout(), directory), directory, temporary(settings),
                REQUEST_WAIT, work);
    }

    Dumps(CatalogData data, DumpWriter writer, Path directory, boolean temporaryDirectory, Duration requestWait,
          BackgroundWork work) {
        this.work = work;
        this.data = data;
        this.writer = writer;
        this.directory = directory;
        this.temporaryDirectory = temporaryDirectory;
        this.requestWait = requestWait;
    }

    private static boolean temporary(CitynetProperties.Catalog settings) {
        return settings.dumpDirectory() == null || settings.dumpDirectory().isBlank();
    }

    private static Path directory(CitynetProperties properties) throws IOException {
        return temporary(properties.catalog()) ? Files.createTempDirectory("citynet-dumps-")
                : Files.createDirectories(properties.rootPath().resolve(properties.catalog().dumpDirectory()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareInBackground() {
        background.execute(() -> {
            try {
                DumpSet dumps = currentInTurn();
                dumps.dumps().values().forEach(dump -> log.info("Dump {} ready: {} bytes, SHA-256 {}",
                        dump.format().fileName(), dump.size(), dump.sha256()));
            } catch (InterruptedException e) {
                log.info("Stopped preparing the dumps: the service is stopping");
            } catch (RuntimeException e) {
                log.warn("Could not prepare the dumps in the background; the first request will try again", e);
            }
        });
    }

    /** {@link #current()} on a background thread, in its turn among the service's whole-graph work. */
    private DumpSet currentInTurn() throws InterruptedException {
        DumpSet published = current;
        if (published != null && published.version().equals(data.version())) {
            return published;
        }
        return work.run(BackgroundWork.Kind.DUMPS, "the dumps", this::current);
    }

    /**
     * The dumps of the current data for a request: made in the background if the data has changed since the
     * last ones, waited for at most {@link #REQUEST_WAIT} (in the service).
     *
     * @throws NotReadyException if they are still being written then
     */
    DumpSet forRequest() {
        long deadline = System.nanoTime() + requestWait.toNanos();
        while (true) {
            DumpSet published = current;
            if (published != null && published.version().equals(data.version())) {
                return published;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw NotReadyException.dumps();
            }
            // What comes back may already be behind the data (a write while it was made): look again.
            BoundedWait.await(making.get(), left, NotReadyException::dumps);
        }
    }

    /** The dumps of the current data, made first (on this thread) if the data has changed since the last ones. */
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
        BackgroundThreads.stop(background, "The dump writer");
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
