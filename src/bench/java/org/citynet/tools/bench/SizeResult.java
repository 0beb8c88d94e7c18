package org.citynet.tools.bench;

import java.time.Duration;
import java.util.List;

/**
 * Everything measured at one size.
 *
 * @param quads         statements in the loaded file (generated) or loaded by {@code load} (real)
 * @param storeBytes    size of the TDB2 directory the service serves
 * @param virtuosoLoad  wall time of Virtuoso's bulk load of the same quads; null without Virtuoso
 * @param memory        the service's memory while it served the cases
 * @param loadAverage   {@code /proc/loadavg}'s first three numbers before and after the cases
 * @param differences   per case, how Virtuoso's answer to the direct SPARQL differs from the raw Fuseki's
 */
record SizeResult(Size size, long quads, long storeBytes, List<StorePreparation.LoadRun> loads,
                  Duration virtuosoLoad, MemorySampler.Summary memory, List<CaseResult> cases,
                  String loadAverage, java.util.Map<String, String> differences) {
}
