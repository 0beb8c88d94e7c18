package org.citynet.tools.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What was measured for one case: per target ({@link #SERVICE}, {@link #FUSEKI}, {@link #VIRTUOSO},
 * {@link #REPEATED}) and number of clients, one {@link Measurement}.
 */
record CaseResult(BenchCase benchCase, Map<String, Map<Integer, Measurement>> measurements) {

    static final String SERVICE = "service";
    /** The standalone raw Fuseki ({@link RawFuseki}); results of runs before it say {@code fuseki}. */
    static final String FUSEKI = "fuseki-raw";
    static final String VIRTUOSO = "virtuoso";
    /** A second service whose store is the same Virtuoso ({@code citynet.store.kind=virtuoso}). */
    static final String SERVICE_OVER_VIRTUOSO = "service-over-virtuoso";
    static final String REPEATED = "service-repeated";

    CaseResult(BenchCase benchCase) {
        this(benchCase, new LinkedHashMap<>());
    }

    void put(String target, Measurement measurement) {
        measurements.computeIfAbsent(target, t -> new LinkedHashMap<>()).put(measurement.clients(), measurement);
    }

    Optional<Measurement> get(String target, int clients) {
        return Optional.ofNullable(measurements.getOrDefault(target, Map.of()).get(clients)).filter(Measurement::ran);
    }

    /** Service p50 over the target's p50 at this concurrency; NaN if either is missing. */
    double latencyRatio(String target, int clients) {
        return ratio(get(SERVICE, clients).map(Measurement::p50), get(target, clients).map(Measurement::p50));
    }

    /** A target's p50 over another's at this concurrency; NaN if either is missing. */
    double latencyRatio(String over, String under, int clients) {
        return ratio(get(over, clients).map(Measurement::p50), get(under, clients).map(Measurement::p50));
    }

    /** A target's throughput over another's at this concurrency; NaN if either is missing. */
    double throughputRatio(String over, String under, int clients) {
        return ratio(get(over, clients).map(Measurement::throughput), get(under, clients).map(Measurement::throughput));
    }

    boolean anyErrors() {
        return measurements.values().stream().flatMap(m -> m.values().stream()).anyMatch(Measurement::failed);
    }

    private static double ratio(Optional<Double> top, Optional<Double> bottom) {
        return top.isPresent() && bottom.isPresent() && bottom.get() > 0 ? top.get() / bottom.get() : Double.NaN;
    }
}
