package org.citynet.tools.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives one {@link Call} with N concurrent clients (a fixed pool of N threads, each sending its next
 * operation as soon as the previous one is answered): first a warm-up whose results are dropped, then the
 * measured phase. Each client is one thread with its own kept-alive connection ({@link WireClient}). Latencies go into an HdrHistogram (1 µs to 10 min, three significant digits); the
 * throughput is operations completed over the wall time from the phase's start to its last answer. Every
 * response body is read to its end. One instance per harness run; thread-safe.
 */
final class LoadDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final Duration warmup;
    private final Duration measure;

    LoadDriver(Duration warmup, Duration measure) {
        this.warmup = warmup;
        this.measure = measure;
    }

    Measurement run(Call call, int clients) {
        phase(call, clients, warmup, null);
        Recorder recorder = new Recorder(3);
        Phase result = phase(call, clients, measure, recorder);
        Histogram histogram = recorder.getIntervalHistogram();
        return new Measurement(clients, histogram.getTotalCount(), result.errors.get(),
                millis(histogram, 50), millis(histogram, 95), millis(histogram, 99), result.seconds,
                result.firstError.get(), "");
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Errors and the first one's description, shared by the clients of a phase. */
    private static final class Phase {
        final AtomicLong errors = new AtomicLong();
        final AtomicReference<String> firstError = new AtomicReference<>();
        final AtomicInteger next = new AtomicInteger();
        final AtomicReference<String> etag = new AtomicReference<>();
        double seconds;

        void error(String what) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, what);
        }
    }

    private Phase phase(Call call, int clients, Duration length, Recorder recorder) {
        Phase phase = new Phase();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        try {
            List<Future<?>> workers = java.util.stream.IntStream.range(0, clients)
                    .<Future<?>>mapToObj(c -> pool.submit(() -> client(call, phase, end, recorder))).toList();
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A load client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        phase.seconds = (System.nanoTime() - start) / 1e9;
        return phase;
    }

    /** One client: operations back to back until the phase ends; always at least one. */
    private void client(Call call, Phase phase, long end, Recorder recorder) {
        try (WireClient http = new WireClient(REQUEST_TIMEOUT)) {
            do {
                int variant = phase.next.getAndIncrement();
                long started = System.nanoTime();
                boolean ok = operation(http, call.requests(variant), call.conditional(), phase);
                long micros = Math.max(1, (System.nanoTime() - started) / 1000);
                if (recorder != null) {
                    recorder.recordValue(Math.min(micros, TimeUnit.MINUTES.toMicros(10)));
                }
                if (!ok) {
                    http.close();
                    ServiceProcess.sleep(10);
                }
            } while (System.nanoTime() < end);
        }
    }

    private boolean operation(WireClient http, List<HttpRequest> requests, boolean conditional, Phase phase) {
        for (HttpRequest request : requests) {
            try {
                WireClient.Answer answer = http.send(request, conditional ? phase.etag.get() : null);
                int status = answer.status();
                if (status == 304 || status / 100 == 2) {
                    if (answer.etag() != null) {
                        phase.etag.set(answer.etag());
                    }
                    continue;
                }
                phase.error(status + " from " + request.method() + " " + shorten(request.uri().toString()) + ": "
                        + shorten(answer.start()));
            } catch (IOException e) {
                phase.error(e + " from " + shorten(request.uri().toString()));
            }
            return false;
        }
        return true;
    }

    static HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(java.net.URI.create(uri)).timeout(REQUEST_TIMEOUT);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
