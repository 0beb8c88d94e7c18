package org.citynet.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;

/**
 * Builds the TDB2 store of one size and times the loaders on the way: the real data with the normal
 * {@code load} command (parse, SHACL, one transaction), generated data with citynet's {@code bulk-load}
 * and, on the same file with the same loader kind (phased) and heap, Jena's own {@code tdb2.tdbloader}.
 * Each loader runs {@code loadRepeats} times into a fresh directory; the best run counts. Every load is a
 * child JVM, timed from start to exit, so both loaders pay the same start-up.
 */
final class StorePreparation {

    /** What was built, and how fast. */
    record Prepared(Path store, long quads, List<LoadRun> loads) {
    }

    /** One loader on one input: every run's wall time; the rate is that of the best. */
    record LoadRun(String loader, long quads, List<Duration> runs) {

        Duration best() {
            return runs.stream().min(Comparator.naturalOrder()).orElseThrow();
        }

        double quadsPerSecond() {
            return quads / (best().toMillis() / 1000.0);
        }
    }

    private static final String CLI = "org.citynet.tools.cli.CitynetCli";
    private static final List<String> LOADER_JVM = List.of("-Xmx2g",
            "-Dlogback.configurationFile=org/citynet/tools/cli/logback-cli.xml");
    private static final Pattern LOADED = Pattern.compile("Loaded \\d+ graphs, (\\d+) triples");
    private static final Duration LONG = Duration.ofHours(2);

    private final BenchSettings settings;
    private final ChildProcesses processes;

    StorePreparation(BenchSettings settings, ChildProcesses processes) {
        this.settings = settings;
        this.processes = processes;
    }

    Prepared prepare(Size size) {
        Path folder = settings.work().resolve(size.label());
        Path store = folder.resolve("tdb2");
        return size.real() ? real(store) : generated(size, folder, store);
    }

    private Prepared real(Path store) {
        List<Duration> runs = new ArrayList<>();
        long quads = 0;
        // The real data loads in seconds: it is loaded even when generated stores are reused.
        for (int run = 1; run <= Math.max(1, settings.loadRepeats()); run++) {
            delete(store);
            ChildProcesses.Finished finished = processes.run("load-real-" + run, cli("load", "--store", store.toString(),
                    "--root", settings.root().toString()), settings.root(), LONG);
            runs.add(finished.wall());
            Matcher loaded = LOADED.matcher(finished.output());
            quads = loaded.find() ? Long.parseLong(loaded.group(1)) : 0;
        }
        return new Prepared(store, quads, List.of(new LoadRun("citynet load (parse, SHACL, one transaction)", quads, runs)));
    }

    private Prepared generated(Size size, Path folder, Path store) {
        Path file = generate(size);
        long quads = countQuads(file);
        if (settings.loadRepeats() == 0) {
            return reused(folder, store, file, quads);
        }
        Path jenaStore = folder.resolve("tdb2-jena");
        List<Duration> ours = new ArrayList<>();
        List<Duration> jenas = new ArrayList<>();
        // The file is read once before either loader runs, and the two take turns at going first, so that
        // neither pays for reading the file from disk while the other finds it in the page cache.
        readThrough(file);
        for (int run = 1; run <= repeats(size); run++) {
            boolean oursFirst = run % 2 == 1;
            if (oursFirst) {
                ours.add(ourLoad(size, file, store, run));
            }
            jenas.add(jenaLoad(size, file, jenaStore, run));
            if (!oursFirst) {
                ours.add(ourLoad(size, file, store, run));
            }
        }
        return new Prepared(store, quads, List.of(new LoadRun("citynet bulk-load --loader phased", quads, ours),
                new LoadRun("Jena tdb2.tdbloader --loader=phased", quads, jenas)));
    }

    private Duration ourLoad(Size size, Path file, Path store, int run) {
        delete(store);
        Duration wall = processes.run(size.label() + "-bulk-load-" + run, cli("bulk-load", "--loader", "phased",
                "--store", store.toString(), "--root", settings.root().toString(), file.toString()),
                settings.root(), LONG).wall();
        writeLoadedFrom(store, file);
        return wall;
    }

    /**
     * {@code bench.loadRepeats=0}: the store a run before bulk-loaded from the same generated file, as it is, and
     * no loads measured — at 100,000 cities the two loads take about 20 minutes of a run about speed or memory.
     */
    private static Prepared reused(Path folder, Path store, Path file, long quads) {
        Path marker = loadedFrom(store);
        try {
            if (!Files.isRegularFile(marker) || !Files.readString(marker).strip().equals(file.getFileName().toString())) {
                throw new IllegalStateException("bench.loadRepeats=0 reuses a store loaded by an earlier run, but "
                        + folder + " has none loaded from " + file.getFileName() + " (" + marker + "); run once with "
                        + "bench.loadRepeats of 1 or more");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + marker, e);
        }
        return new Prepared(store, quads, List.of());
    }

    /** Which generated file the store beside it was bulk-loaded from. */
    private static Path loadedFrom(Path store) {
        return store.resolveSibling(store.getFileName() + ".loaded-from");
    }

    private static void writeLoadedFrom(Path store, Path file) {
        try {
            Files.writeString(loadedFrom(store), file.getFileName().toString() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + loadedFrom(store), e);
        }
    }

    private Duration jenaLoad(Size size, Path file, Path jenaStore, int run) {
        delete(jenaStore);
        Duration wall = processes.run(size.label() + "-tdb2.tdbloader-" + run, ChildProcesses.java(
                settings.jenaHome().resolve("lib") + "/*", jenaJvm(), "tdb2.tdbloader",
                List.of("--loader=phased", "--loc", jenaStore.toString(), file.toString())), settings.root(),
                LONG).wall();
        delete(jenaStore);
        return wall;
    }

    private static void readThrough(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            while (in.read(buffer) >= 0) {
                // only reading
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** From 100,000 cities (over ten million quads) on, each loader runs once: a run takes minutes. */
    private int repeats(Size size) {
        return size.cities() >= 100_000 ? 1 : settings.loadRepeats();
    }

    /** The generated file of this size and seed, made once and reused by later runs. */
    private Path generate(Size size) {
        Path file = settings.work().resolve("data").resolve("gen-" + size.cities() + "-" + settings.seed() + ".nq");
        if (!Files.exists(file)) {
            processes.run(size.label() + "-generate", cli("generate", "--cities", Integer.toString(size.cities()),
                    "--seed", Long.toString(settings.seed()), "--out", file.toString(), "--root",
                    settings.root().toString()), settings.root(), LONG);
        }
        return file;
    }

    /** As its own script runs it ({@code bin/tdb2.tdbloader}), with the heap our loader gets. */
    private List<String> jenaJvm() {
        return List.of(LOADER_JVM.get(0), "-Dlog4j.configurationFile=file:"
                + settings.jenaHome().resolve("log4j2.properties"));
    }

    private List<String> cli(String... args) {
        return ChildProcesses.java(settings.classpath(), LOADER_JVM, CLI, List.of(args));
    }

    /** N-Quads: one statement per line; blank and comment lines are not statements. */
    static long countQuads(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank() && !line.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
