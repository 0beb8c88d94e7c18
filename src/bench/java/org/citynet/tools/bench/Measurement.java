package org.citynet.tools.bench;

/**
 * The result of one measured phase: latencies of the operations completed in it (milliseconds), how many
 * there were, how long the phase took, and how many failed (an answer other than 2xx or 304, or none).
 *
 * @param notes why a phase was not run or what is special about it; empty normally
 */
record Measurement(int clients, long operations, long errors, double p50, double p95, double p99,
                   double seconds, String firstError, String notes) {

    static Measurement skipped(int clients, String why) {
        return new Measurement(clients, 0, 0, Double.NaN, Double.NaN, Double.NaN, 0, null, why);
    }

    boolean ran() {
        return operations > 0;
    }

    /** Completed operations per second of wall time. */
    double throughput() {
        return seconds > 0 ? operations / seconds : Double.NaN;
    }

    boolean failed() {
        return errors > 0;
    }
}
