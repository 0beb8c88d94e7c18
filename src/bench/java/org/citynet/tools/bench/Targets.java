package org.citynet.tools.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the targets from a run's numbers and says by how much each is met or missed:
 * <ol>
 *   <li>uncached named-query and entity requests within 1.15× of the raw Fuseki (p50, fewest clients);</li>
 *   <li>the comparison at the largest generated size faster than one SPARQL query on Fuseki and Virtuoso;</li>
 *   <li>repeated requests at ≥ 5× the raw Fuseki's throughput (most clients);</li>
 *   <li>bulk load at ≥ 0.9× {@code tdb2.tdbloader}'s rate; ten million quads served within a 1 GiB heap.</li>
 * </ol>
 * The reasons (the why) are for the person writing {@code docs/benchmarks.md}.
 */
final class Targets {

    private static final Set<String> LATENCY_KINDS = Set.of("named", "entity-ttl", "entity-html");

    private final BenchSettings settings;
    private final StringBuilder out = new StringBuilder();

    Targets(BenchSettings settings) {
        this.settings = settings;
    }

    String write(List<SizeResult> sizes) {
        line("### Targets");
        line("");
        int few = settings.fewestClients();
        int many = settings.mostClients();
        for (SizeResult size : sizes) {
            List<CaseResult> latency = size.cases().stream().filter(c -> LATENCY_KINDS.contains(c.benchCase().kind()))
                    .filter(c -> !Double.isNaN(c.latencyRatio(CaseResult.FUSEKI, few))).toList();
            summary(size, "uncached named-query and entity p50 ≤ 1.15× raw Fuseki", latency,
                    c -> c.latencyRatio(CaseResult.FUSEKI, few), r -> r <= 1.15, false);
            List<CaseResult> overVirtuoso = size.cases().stream()
                    .filter(c -> !Double.isNaN(c.latencyRatio(CaseResult.SERVICE_OVER_VIRTUOSO, CaseResult.VIRTUOSO, few)))
                    .toList();
            if (!overVirtuoso.isEmpty()) {
                summary(size, "uncached named-query and entity p50 of the service over Virtuoso ≤ 1.15× the same SPARQL"
                        + " straight to Virtuoso", overVirtuoso,
                        c -> c.latencyRatio(CaseResult.SERVICE_OVER_VIRTUOSO, CaseResult.VIRTUOSO, few), r -> r <= 1.15, false);
            }
            List<CaseResult> all = size.cases().stream()
                    .filter(c -> !Double.isNaN(c.throughputRatio(CaseResult.REPEATED, CaseResult.FUSEKI, many))).toList();
            summary(size, "repeated throughput ≥ 5× raw Fuseki (" + many + " clients)", all,
                    c -> c.throughputRatio(CaseResult.REPEATED, CaseResult.FUSEKI, many), r -> r >= 5, true);
        }
        compare(sizes, few);
        loads(sizes);
        line("");
        return out.toString();
    }

    private void summary(SizeResult size, String target, List<CaseResult> cases,
                         java.util.function.ToDoubleFunction<CaseResult> ratio,
                         java.util.function.DoublePredicate met, boolean higherIsBetter) {
        long ok = cases.stream().filter(c -> met.test(ratio.applyAsDouble(c))).count();
        Comparator<CaseResult> worstFirst = Comparator.comparingDouble(ratio);
        List<String> missed = cases.stream().filter(c -> !met.test(ratio.applyAsDouble(c)))
                .sorted(higherIsBetter ? worstFirst : worstFirst.reversed())
                .map(c -> c.benchCase().name() + " " + Report.ratio(ratio.applyAsDouble(c))).toList();
        line("- **%s**, %s: %s in %d of %d cases%s", size.size().label(), target, ok == cases.size() ? "met" : "missed",
                cases.size() - ok == 0 ? ok : cases.size() - ok, cases.size(),
                missed.isEmpty() ? "" : " (missed; worst first: " + String.join(", ", missed) + ")");
    }

    private void compare(List<SizeResult> sizes, int few) {
        Optional<SizeResult> largest = sizes.stream().filter(s -> !s.size().real())
                .max(Comparator.comparingInt(s -> s.size().cities()));
        for (SizeResult size : largest.stream().toList()) {
            size.cases().stream().filter(c -> c.benchCase().kind().equals("compare")).findFirst().ifPresent(c -> {
                double fuseki = c.latencyRatio(CaseResult.FUSEKI, few);
                double virtuoso = c.latencyRatio(CaseResult.VIRTUOSO, few);
                boolean met = fuseki < 1 && (Double.isNaN(virtuoso) || virtuoso < 1);
                line("- **%s**, comparison of two cities faster than one SPARQL query: %s (service p50 ÷ Fuseki %s,"
                        + " ÷ Virtuoso %s; below 1× is faster)", size.size().label(), met ? "met" : "missed",
                        Report.ratio(fuseki), Report.ratio(virtuoso));
            });
        }
    }

    private void loads(List<SizeResult> sizes) {
        for (SizeResult size : sizes) {
            if (size.loads().size() == 2) {
                double ratio = size.loads().get(0).quadsPerSecond() / size.loads().get(1).quadsPerSecond();
                line("- **%s**, bulk load ≥ 0.9× tdb2.tdbloader: %s (%s: %,.0f vs %,.0f quads/s)", size.size().label(),
                        ratio >= 0.9 ? "met" : "missed", Report.ratio(ratio), size.loads().get(0).quadsPerSecond(),
                        size.loads().get(1).quadsPerSecond());
            }
            if (size.quads() >= 10_000_000) {
                boolean errors = size.cases().stream().anyMatch(CaseResult::anyErrors);
                long heap = size.memory().heapMax();
                line("- **%s**, %,d quads served with a heap of at most 1 GiB: %s (-Xmx%s, heap in use max %,d MB;"
                        + " %s)", size.size().label(), size.quads(), heap <= (1L << 30) && !errors ? "met" : "see notes",
                        settings.serviceHeap(), heap >> 20, errors ? "some requests failed" : "every request answered");
            }
        }
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
