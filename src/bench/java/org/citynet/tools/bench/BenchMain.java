package org.citynet.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark harness (issue 5): for each size in {@code bench.sizes}, builds the store, starts the
 * service, loads Virtuoso, measures every case and samples memory; then writes the Markdown report to
 * {@code run/bench/report.md} (and every phase to {@code run/bench/results.tsv} as it goes). Run it with
 * {@code ./mvnw -B -Pbench verify}; see {@code docs/benchmarks.md}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Files.createDirectories(settings.work());
        ChildProcesses processes = new ChildProcesses(settings.work().resolve("logs"));
        Machine machine = Machine.here(processes);
        SizeRun.log("citynet benchmark: sizes %s, %s measured after %s warm-up per phase, clients %s; %s",
                settings.sizes().stream().map(Size::label).toList(), settings.measure(), settings.warmup(),
                settings.clients(), machine.describe());
        ResultsFile results = new ResultsFile(settings.work().resolve("results.tsv"));
        List<SizeResult> sizes = new ArrayList<>();
        Path report = settings.work().resolve("report.md");
        for (Size size : settings.sizes()) {
            sizes.add(new SizeRun(settings, processes, results).run(size));
            // Written after every size, so a run stopped later still leaves a report of what it measured.
            Files.writeString(report, new Report(settings).write(machine, sizes));
        }
        SizeRun.log("Report: %s%nEvery phase: %s", report, results.path());
        // The HTTP client's selector threads would keep the JVM alive.
        System.exit(0);
    }
}
