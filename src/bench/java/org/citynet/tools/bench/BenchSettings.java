package org.citynet.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the harness is asked to do, read once from the {@code bench.*} system properties that the Maven
 * profile {@code bench} passes on (defaults there). Immutable.
 *
 * @param sizes       the sizes to measure, in order ({@code bench.sizes})
 * @param warmup      unmeasured time before each measured phase ({@code bench.warmup}, seconds)
 * @param measure     measured time of each phase ({@code bench.seconds})
 * @param clients     concurrency levels ({@code bench.clients}, e.g. 1,16)
 * @param cases       regular expression that the case names to run must match ({@code bench.cases})
 * @param longCases   cases whose phases at the fewest clients last {@code longWarmup} and {@code longMeasure}
 *                    instead ({@code bench.longCases}, a regular expression; empty for none): a sub-millisecond
 *                    target is not settled by a 1-s phase (run 14's comparison: 0.84 ms in 1 s, 0.64 ms in 20 s)
 * @param longWarmup  their warm-up ({@code bench.longWarmup}, seconds)
 * @param longMeasure their measured time ({@code bench.longSeconds})
 * @param virtuoso    whether to install, load and query Virtuoso too ({@code bench.virtuoso})
 * @param serviceOverVirtuoso whether to measure a second service whose store is that Virtuoso, for the
 *                    named-query and entity cases ({@code bench.serviceOverVirtuoso})
 * @param stampMaxAge {@code citynet.store.stamp-max-age} of that second service ({@code bench.stampMaxAge},
 *                    a duration such as {@code 0} or {@code 1s})
 * @param loadRepeats how often each loader runs on a generated file; the best run counts; 0 reuses the store an
 *                    earlier run loaded from the same file
 * @param serviceHeap {@code -Xmx} of the service JVM ({@code bench.serviceHeap})
 * @param seed        generator seed
 * @param work        where data, stores, logs and results go (never committed)
 * @param root        the project folder (ontology/, data/, queries/)
 * @param classpath   the service's runtime class path (its classes and runtime dependencies)
 * @param jenaHome    the unpacked Apache Jena distribution (for {@code tdb2.tdbloader})
 * @param fusekiJar   the standalone Fuseki server jar ({@code jena-fuseki-server}), the raw baseline
 */
record BenchSettings(List<Size> sizes, Duration warmup, Duration measure, List<Integer> clients, Pattern cases,
                     Pattern longCases, Duration longWarmup, Duration longMeasure, boolean virtuoso, boolean serviceOverVirtuoso, String stampMaxAge, int loadRepeats, String serviceHeap, long seed, Path work, Path root,
                     String classpath, Path jenaHome, Path fusekiJar) {

    static BenchSettings fromSystemProperties() {
        Path classpathFile = Path.of(required("bench.classpathFile"));
        String classpath;
        try {
            classpath = required("bench.classes") + java.io.File.pathSeparator + Files.readString(classpathFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the runtime class path from " + classpathFile, e);
        }
        return new BenchSettings(
                split(System.getProperty("bench.sizes", "real,1k")).stream().map(Size::parse).toList(),
                seconds(System.getProperty("bench.warmup", "0.5")),
                seconds(System.getProperty("bench.seconds", "1.5")),
                split(System.getProperty("bench.clients", "1,16")).stream().map(Integer::valueOf).toList(),
                Pattern.compile(System.getProperty("bench.cases", ".*")),
                Pattern.compile(System.getProperty("bench.longCases", "compare")),
                seconds(System.getProperty("bench.longWarmup", "5")),
                seconds(System.getProperty("bench.longSeconds", "20")),
                Boolean.parseBoolean(System.getProperty("bench.virtuoso", "true")),
                Boolean.parseBoolean(System.getProperty("bench.serviceOverVirtuoso", "true")),
                System.getProperty("bench.stampMaxAge", "0"),
                Integer.parseInt(System.getProperty("bench.loadRepeats", "2")),
                System.getProperty("bench.serviceHeap", "1g"),
                Long.parseLong(System.getProperty("bench.seed", "1")),
                Path.of(System.getProperty("bench.work", "run/bench")).toAbsolutePath(),
                Path.of(required("bench.root")).toAbsolutePath(),
                classpath,
                Path.of(required("bench.jenaHome")),
                Path.of(required("bench.fusekiJar")));
    }

    /** Whether the case's phases at the fewest clients are the long ones. */
    boolean isLong(String caseName) {
        return !longCases.pattern().isEmpty() && longCases.matcher(caseName).matches();
    }

    /** The lowest and highest concurrency: the report's two columns. */
    int fewestClients() {
        return clients.stream().mapToInt(Integer::intValue).min().orElse(1);
    }

    int mostClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run the harness with"
                    + " ./mvnw -Pbench verify (see docs/benchmarks.md)");
        }
        return value;
    }
}
