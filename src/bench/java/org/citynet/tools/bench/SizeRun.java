package org.citynet.tools.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures one size from start to end: builds its store (timing the loaders), starts a raw Fuseki on a
 * copy of it ({@link RawFuseki}), the service on the store itself and Virtuoso with the same quads, then
 * runs every case against the service, the raw Fuseki and Virtuoso at each concurrency — interleaved per
 * case, so that each ratio compares phases a few seconds apart on this shared machine — while sampling the
 * service's memory. Stops the servers at the end.
 */
final class SizeRun {

    /** A target whose answer at the lowest concurrency takes longer than this is not run with more clients. */
    private static final double SLOW_MILLIS = 3_000;
    private static final Duration WARM_UP = Duration.ofMillis(700);

    private final BenchSettings settings;
    private final ChildProcesses processes;
    private final LoadDriver driver;
    private final LoadDriver longDriver;
    private final ResultsFile results;
    /** Per case, how Virtuoso's answer differs from the raw Fuseki's, if it does. */
    private final java.util.Map<String, String> differences = new java.util.LinkedHashMap<>();
    /** The cases measured through a second service over Virtuoso as well (issue 12's ratio). */
    private static final java.util.Set<String> OVER_VIRTUOSO_KINDS = java.util.Set.of("named", "entity-ttl", "entity-html");
    private ServiceProcess overVirtuoso;

    SizeRun(BenchSettings settings, ChildProcesses processes, ResultsFile results) {
        this.settings = settings;
        this.processes = processes;
        this.driver = new LoadDriver(settings.warmup(), settings.measure());
        this.longDriver = new LoadDriver(settings.longWarmup(), settings.longMeasure());
        this.results = results;
    }

    SizeResult run(Size size) {
        log("== %s: preparing the store", size.label());
        StorePreparation.Prepared prepared = new StorePreparation(settings, processes).prepare(size);
        prepared.loads().forEach(l -> log("   %s: %,d quads, best %.1f s, %,.0f quads/s", l.loader(), l.quads(),
                l.best().toMillis() / 1000.0, l.quadsPerSecond()));
        // Copied and started before the service opens the store: a TDB2 directory is for one process at a time.
        log("   copying the store and starting the raw Fuseki (-Xmx%s)", settings.serviceHeap());
        try (RawFuseki fuseki = RawFuseki.start(settings, processes, size.label(), prepared.store())) {
            log("   starting the service (-Xmx%s)", settings.serviceHeap());
            return run(size, prepared, fuseki);
        }
    }

    private SizeResult run(Size size, StorePreparation.Prepared prepared, RawFuseki fuseki) {
        try (ServiceProcess service = ServiceProcess.start(settings, processes, size, prepared.store());
             VirtuosoServer virtuoso = settings.virtuoso() ? VirtuosoServer.start(processes, settings.work(), size.label()) : null) {
            Duration virtuosoLoad = null;
            if (virtuoso != null) {
                log("   loading Virtuoso");
                virtuosoLoad = virtuoso.load(service.base() + "/dumps/citynet.nq.gz", size.label());
                log("   Virtuoso loaded in %.1f s", virtuosoLoad.toMillis() / 1000.0);
                if (settings.serviceOverVirtuoso()) {
                    log("   starting a second service, over Virtuoso");
                    overVirtuoso = ServiceProcess.startOver(settings, processes, size, virtuoso.sparql(),
                            VirtuosoServer.MAX_ROWS);
                }
            }
            List<BenchCase> cases = new Workload(service.base(), new Samples(fuseki.sparql()), settings.root())
                    .cases(settings.cases());
            warmUp(cases, fuseki, virtuoso);
            String before = loadAverage();
            List<CaseResult> measured = new ArrayList<>();
            MemorySampler.Summary memory;
            try (MemorySampler sampler = new MemorySampler(service.base(), service.pid())) {
                for (BenchCase c : cases) {
                    measured.add(measure(size, c, fuseki, virtuoso));
                }
                memory = sampler.summary();
            }
            return new SizeResult(size, prepared.quads(), bytes(prepared.store()), prepared.loads(), virtuosoLoad,
                    memory, measured, before + " → " + loadAverage(), java.util.Map.copyOf(differences));
        } finally {
            if (overVirtuoso != null) {
                overVirtuoso.close();
                overVirtuoso = null;
            }
        }
    }

    /**
     * Before anything is measured: every case once against each target, checking that the raw Fuseki and
     * Virtuoso give the same number of rows (else the case says so), then a few seconds of load on every
     * case, so that the JIT-compiled code of the service and of the raw Fuseki is warm for the first case as
     * for the last.
     */
    private void warmUp(List<BenchCase> cases, RawFuseki fuseki, VirtuosoServer virtuoso) {
        log("   warming up (%d cases)", cases.size());
        LoadDriver warm = new LoadDriver(Duration.ZERO, WARM_UP);
        for (BenchCase c : cases) {
            warm.run(new Call(c.uncached().stream().map(List::of).toList(), false), 2);
            warm.run(direct(c, fuseki.sparql()), 2);
            if (overVirtuoso != null && OVER_VIRTUOSO_KINDS.contains(c.kind())) {
                warm.run(rebased(new Call(c.uncached().stream().map(List::of).toList(), false), overVirtuoso.base()), 2);
            }
            if (virtuoso != null) {
                AnswerCheck.compare(c, fuseki.sparql(), virtuoso.sparql()).ifPresent(difference -> {
                    log("   %s: %s", c.name(), difference);
                    differences.put(c.name(), difference);
                });
            }
        }
    }

    private CaseResult measure(Size size, BenchCase c, RawFuseki raw, VirtuosoServer virtuoso) {
        CaseResult result = new CaseResult(c);
        Call uncached = new Call(c.uncached().stream().map(List::of).toList(), false);
        Call fuseki = direct(c, raw.sparql());
        Call virt = virtuoso == null ? null : direct(c, virtuoso.sparql());
        for (int clients : settings.clients().stream().sorted().toList()) {
            phase(size, result, CaseResult.SERVICE, uncached, clients);
            phase(size, result, CaseResult.FUSEKI, fuseki, clients);
            if (virt != null) {
                phase(size, result, CaseResult.VIRTUOSO, virt, clients);
            }
            if (overVirtuoso != null && OVER_VIRTUOSO_KINDS.contains(c.kind())) {
                phase(size, result, CaseResult.SERVICE_OVER_VIRTUOSO, rebased(uncached, overVirtuoso.base()), clients);
            }
        }
        phase(size, result, CaseResult.REPEATED, new Call(List.of(List.of(c.repeated())), true), settings.mostClients());
        return result;
    }

    /** The same requests sent to another service. */
    private static Call rebased(Call call, String base) {
        return new Call(call.variants().stream().map(requests -> requests.stream().map(request ->
                HttpRequest.newBuilder(request, (name, value) -> true)
                        .uri(java.net.URI.create(base + request.uri().getRawPath()
                                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery())))
                        .build()).toList()).toList(), call.conditional());
    }

    private void phase(Size size, CaseResult result, String target, Call call, int clients) {
        int fewest = settings.fewestClients();
        Measurement measurement;
        var first = result.get(target, fewest);
        if (clients != fewest && first.isPresent() && first.get().p50() > SLOW_MILLIS) {
            measurement = Measurement.skipped(clients, "p50 with " + fewest + " client(s) over " + SLOW_MILLIS + " ms");
        } else if (clients == fewest && settings.isLong(result.benchCase().name())) {
            measurement = longDriver.run(call, clients);
        } else {
            measurement = driver.run(call, clients);
        }
        result.put(target, measurement);
        results.append(size, result.benchCase(), target, measurement, loadAverage());
        log("   %-34s %-16s c=%-2d p50 %8.2f p95 %8.2f p99 %8.2f ms  %8.1f/s  n=%d%s", result.benchCase().name(), target,
                clients, measurement.p50(), measurement.p95(), measurement.p99(), measurement.throughput(),
                measurement.operations(), measurement.failed() ? "  ERRORS " + measurement.errors() + ": "
                        + measurement.firstError() : "");
    }

    private static Call direct(BenchCase c, String endpoint) {
        List<List<HttpRequest>> variants = c.sparql().stream()
                .map(queries -> queries.stream().map(q -> Workload.sparqlPost(endpoint, q).build()).toList())
                .toList();
        return new Call(variants, false);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Space the directory takes on disk ({@code du}): TDB2's files are sparse, their lengths overstate it. */
    private long bytes(Path directory) {
        String out = processes.run("du", List.of("du", "-sk", directory.toString()), directory, Duration.ofMinutes(5))
                .output();
        return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
    }

    static void log(String format, Object... args) {
        System.out.printf(format + "%n", args);
        System.out.flush();
    }
}
