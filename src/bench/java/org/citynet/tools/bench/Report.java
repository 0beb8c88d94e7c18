package org.citynet.tools.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Markdown report of a run: the machine, the command, and per size the loads, the memory and two
 * tables per concurrency (latency and throughput of the service, the standalone raw Fuseki and Virtuoso, with
 * the ratios), followed by the targets ({@link Targets}). The text is what {@code docs/benchmarks.md}
 * quotes.
 */
final class Report {

    private final BenchSettings settings;
    private final StringBuilder out = new StringBuilder();

    Report(BenchSettings settings) {
        this.settings = settings;
    }

    String write(Machine machine, List<SizeResult> sizes) {
        line("## Run of %s", machine.date());
        line("");
        line("Machine: %s", machine.describe());
        line("");
        line("Command: `./mvnw -B -Pbench verify -Dbench.sizes=%s -Dbench.seconds=%s -Dbench.warmup=%s"
                        + " -Dbench.clients=%s -Dbench.loadRepeats=%d -Dbench.serviceHeap=%s%s%s`",
                String.join(",", sizes.stream().map(s -> s.size().label()).toList()),
                seconds(settings.measure().toMillis()), seconds(settings.warmup().toMillis()),
                String.join(",", settings.clients().stream().map(String::valueOf).toList()), settings.loadRepeats(),
                settings.serviceHeap(),
                settings.cases().pattern().equals(".*") ? "" : " -Dbench.cases='" + settings.cases().pattern() + "'",
                settings.stampMaxAge().equals("0") ? "" : " -Dbench.stampMaxAge=" + settings.stampMaxAge());
        line("");
        if (!settings.longCases().pattern().isEmpty()) {
            line("Cases matching `%s` have phases of %s s after %s s of warm-up at %d client(s)"
                            + " (`bench.longCases`, `bench.longSeconds`, `bench.longWarmup`).",
                    settings.longCases().pattern(), seconds(settings.longMeasure().toMillis()),
                    seconds(settings.longWarmup().toMillis()), settings.fewestClients());
            line("");
        }
        sizes.forEach(this::size);
        out.append(new Targets(settings).write(sizes));
        return out.toString();
    }

    private void size(SizeResult size) {
        line("### Size %s: %,d quads", size.size().label(), size.quads());
        line("");
        line("Store %,d MB on disk. Service JVM `-Xmx%s`: heap in use max %,d MB (median %,d MB), resident set max"
                        + " %,d MB (%d samples). Load average during the cases: %s.",
                size.storeBytes() >> 20, settings.serviceHeap(), size.memory().heapMax() >> 20,
                size.memory().heapMedian() >> 20, size.memory().rssMax() >> 20, size.memory().samples(),
                size.loadAverage());
        line("");
        line("| loader | quads | runs (s) | best (s) | quads/s |");
        line("|---|---:|---|---:|---:|");
        for (StorePreparation.LoadRun load : size.loads()) {
            line("| %s | %,d | %s | %.1f | %,.0f |", load.loader(), load.quads(), String.join(", ",
                    load.runs().stream().map(d -> seconds(d.toMillis())).toList()), load.best().toMillis() / 1000.0,
                    load.quadsPerSecond());
        }
        if (size.virtuosoLoad() != null) {
            line("| Virtuoso `rdf_loader_run()` of the service's dump (gzip N-Quads) | %,d | %s | %s | %,.0f |",
                    size.quads(), seconds(size.virtuosoLoad().toMillis()), seconds(size.virtuosoLoad().toMillis()),
                    size.quads() / (size.virtuosoLoad().toMillis() / 1000.0));
        }
        line("");
        for (int clients : settings.clients().stream().sorted().toList()) {
            table(size, clients);
        }
        if (!size.differences().isEmpty()) {
            line("Where Virtuoso's answer to the direct SPARQL differs from Fuseki's (first variant; rows counted):");
            line("");
            new java.util.TreeMap<>(size.differences()).forEach((name, difference) -> line("- %s: %s", name, difference.replace("|", "\\|")));
            line("");
        }
    }

    private void table(SizeResult size, int clients) {
        boolean most = clients == settings.mostClients();
        line("%d client(s): latency p50 / p95 / p99 in ms, throughput in requests/s; ratios are service over the"
                + " other (p50: lower is better for the service; throughput: higher is). Fuseki is a standalone"
                + " Fuseki main over a copy of the store, without citynet's code.", clients);
        line("");
        line("| case | service | /s | Fuseki (standalone, raw) | /s | Virtuoso | /s | p50 ÷ Fuseki | p50 ÷ Virtuoso"
                + " | /s ÷ Fuseki |%s",
                most ? " repeated /s | repeated ÷ Fuseki /s |" : "");
        line("|---|---|---:|---|---:|---|---:|---:|---:|---:|%s", most ? "---:|---:|" : "");
        for (CaseResult c : size.cases()) {
            String repeated = most ? String.format(Locale.ROOT, " %s | %s |",
                    throughput(c.get(CaseResult.REPEATED, clients)),
                    ratio(c.throughputRatio(CaseResult.REPEATED, CaseResult.FUSEKI, clients))) : "";
            line("| %s%s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%s", c.benchCase().name(),
                    c.anyErrors() ? " ⚠" : "", latency(c, CaseResult.SERVICE, clients),
                    throughput(c.get(CaseResult.SERVICE, clients)), latency(c, CaseResult.FUSEKI, clients),
                    throughput(c.get(CaseResult.FUSEKI, clients)), latency(c, CaseResult.VIRTUOSO, clients),
                    throughput(c.get(CaseResult.VIRTUOSO, clients)), ratio(c.latencyRatio(CaseResult.FUSEKI, clients)),
                    ratio(c.latencyRatio(CaseResult.VIRTUOSO, clients)),
                    ratio(c.throughputRatio(CaseResult.SERVICE, CaseResult.FUSEKI, clients)), repeated);
        }
        line("");
        overVirtuoso(size, clients);
        List<String> errors = size.cases().stream().filter(CaseResult::anyErrors).map(this::errors).toList();
        if (!errors.isEmpty()) {
            line("⚠ errors (non-2xx answers) — these rows are flagged:");
            line("");
            errors.forEach(e -> line("- %s", e));
            line("");
        }
    }

    /** The same requests to a second service whose store is this Virtuoso, beside the SPARQL sent straight to it. */
    private void overVirtuoso(SizeResult size, int clients) {
        List<CaseResult> over = size.cases().stream()
                .filter(c -> c.measurements().containsKey(CaseResult.SERVICE_OVER_VIRTUOSO)).toList();
        if (over.isEmpty()) {
            return;
        }
        line("%d client(s), the service over Virtuoso: the same requests to a second service whose store is this"
                + " Virtuoso (`citynet.store.kind=virtuoso`, `citynet.store.stamp-max-age=%s`), beside the same SPARQL"
                + " sent straight to Virtuoso.", clients, settings.stampMaxAge());
        line("");
        line("| case | service over Virtuoso | /s | Virtuoso | /s | p50 ÷ Virtuoso | p50 ÷ service over TDB2 |");
        line("|---|---|---:|---|---:|---:|---:|");
        for (CaseResult c : over) {
            line("| %s | %s | %s | %s | %s | %s | %s |", c.benchCase().name(),
                    latency(c, CaseResult.SERVICE_OVER_VIRTUOSO, clients),
                    throughput(c.get(CaseResult.SERVICE_OVER_VIRTUOSO, clients)), latency(c, CaseResult.VIRTUOSO, clients),
                    throughput(c.get(CaseResult.VIRTUOSO, clients)),
                    ratio(c.latencyRatio(CaseResult.SERVICE_OVER_VIRTUOSO, CaseResult.VIRTUOSO, clients)),
                    ratio(c.latencyRatio(CaseResult.SERVICE_OVER_VIRTUOSO, CaseResult.SERVICE, clients)));
        }
        line("");
    }

    private String errors(CaseResult c) {
        StringBuilder text = new StringBuilder(c.benchCase().name() + ":");
        c.measurements().forEach((target, byClients) -> byClients.values().stream().filter(Measurement::failed)
                .forEach(m -> text.append(String.format(Locale.ROOT, " %s with %d client(s): %d of %d failed, first: %s;",
                        target, m.clients(), m.errors(), m.operations(), m.firstError().replace("|", "\\|")))));
        return text.toString();
    }

    private static String latency(CaseResult c, String target, int clients) {
        Optional<Measurement> m = c.get(target, clients);
        if (m.isEmpty()) {
            return Optional.ofNullable(c.measurements().getOrDefault(target, java.util.Map.of()).get(clients))
                    .map(Measurement::notes).filter(n -> !n.isEmpty()).map(n -> "skipped").orElse("–");
        }
        return String.format(Locale.ROOT, "%s / %s / %s", ms(m.get().p50()), ms(m.get().p95()), ms(m.get().p99()));
    }

    private static String throughput(Optional<Measurement> m) {
        return m.map(x -> String.format(Locale.ROOT, x.throughput() >= 100 ? "%.0f" : "%.1f", x.throughput())).orElse("–");
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis >= 100 ? "%.0f" : millis >= 10 ? "%.1f" : "%.2f", millis);
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
