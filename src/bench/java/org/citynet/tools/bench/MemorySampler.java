package org.citynet.tools.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the service's memory once a second while it serves: heap in use (Actuator's
 * {@code jvm.memory.used} for {@code area:heap}) and resident set size ({@code VmRSS} of
 * {@code /proc/<pid>/status}, which also counts TDB2's memory-mapped files as far as they are resident).
 * Started before the first measured request of a size and closed after the last.
 */
final class MemorySampler implements AutoCloseable {

    /** Highest and median heap in use, highest resident set, in bytes; how many samples. */
    record Summary(long heapMax, long heapMedian, long rssMax, int samples) {
    }

    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String heapUrl;
    private final Path status;
    private final List<long[]> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });

    MemorySampler(String serviceBase, long pid) {
        this.heapUrl = serviceBase + "/actuator/metrics/jvm.memory.used?tag=area:heap";
        this.status = Path.of("/proc", Long.toString(pid), "status");
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            String heap = http.send(LoadDriver.request(heapUrl).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher value = VALUE.matcher(heap);
            Matcher rss = RSS.matcher(Files.readString(status));
            if (value.find() && rss.find()) {
                synchronized (samples) {
                    samples.add(new long[] {(long) Double.parseDouble(value.group(1)), Long.parseLong(rss.group(1)) * 1024});
                }
            }
        } catch (IOException | RuntimeException e) {
            // A missed sample is no reason to stop measuring; the summary says how many were taken.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Summary summary() {
        synchronized (samples) {
            long[] heaps = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
            long rss = samples.stream().mapToLong(s -> s[1]).max().orElse(0);
            return heaps.length == 0 ? new Summary(0, 0, 0, 0)
                    : new Summary(heaps[heaps.length - 1], heaps[heaps.length / 2], rss, heaps.length);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
