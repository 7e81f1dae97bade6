package dev.ccp.bench.load;

import org.HdrHistogram.Histogram;

/**
 * Throughput and latency of one load phase: latencies in an HdrHistogram (three significant digits, so a
 * percentile is within 0.1 % of the recorded value, whatever the number of requests).
 */
public record LatencySummary(int requests, int failures, double seconds, Histogram latenciesNanos) {

    public double perSecond() {
        return requests / seconds;
    }

    /** The latency that {@code percentile} % of the requests did not exceed, in milliseconds. */
    public double percentileMillis(double percentile) {
        return (percentile >= 100 ? latenciesNanos.getMaxValue() : latenciesNanos.getValueAtPercentile(percentile))
                / 1e6;
    }

    public String line() {
        return String.format("%,d requests in %.1f s: %,.0f/s, p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%s", requests, seconds, perSecond(), percentileMillis(50), percentileMillis(90),
                percentileMillis(95), percentileMillis(99), percentileMillis(100),
                failures == 0 ? "" : ", " + failures + " FAILED");
    }
}
